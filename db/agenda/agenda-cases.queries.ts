import { sql } from 'kysely'
import type { AgendaItem, AgendaOrder } from '../../shared/contract/agenda.contract'
import { OmtError } from '../../shared/contract/errors'
import type { Output } from '../../shared/contract/index'
import { type AgendaItemType, agendaItemTypeLabels } from '../../shared/domain/agenda'
import { decisionAskedByPhase } from '../../shared/domain/decision-rules'
import { FINAL_PHASE_CODES } from '../../shared/domain/case'
import { editableMeeting, meetingFacts, touchMeeting } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'
import { emptyItemValues, insertItems } from './agenda-insert.queries'
import { agendaOrder, openGap, siblingCount } from './agenda-order.queries'
import { agendaItems } from './agenda-rows.queries'
import { sectionInsertIndex } from './agenda-sections'

/** A case asks for a decision by its phase, or by subjects proposed on its page that await one. */
function askedFor(
  phaseCode: string,
  pendingSubjects: number,
): {
  type: Output<'agenda:decision-candidates'>['candidates'][number]['decisionType']
  section: AgendaItemType
} | null {
  const byPhase = decisionAskedByPhase[phaseCode]
  if (byPhase) return byPhase
  if (pendingSubjects > 0 && !FINAL_PHASE_CODES.includes(phaseCode))
    return { type: 'subject-toevoegen', section: 'subjecten' }
  return null
}

function casesWithPending(db: Db) {
  return db
    .selectFrom('omt_case as c')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .select([
      'c.id',
      'c.code',
      'c.alias',
      'c.phase_since',
      'c.lead_partner_id',
      'p.id as phase_id',
      'p.code as phase_code',
      'p.name as phase_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('involvement as i')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('i.case_id', '=', 'c.id')
        .where('i.closed_on', 'is', null)
        .where('i.opened_by_decision_id', 'is', null)
        .as('pending'),
    )
}

/** Cases of the meeting's table that wait for a decision, oldest waiting first. */
export async function decisionCandidates(db: Db, meetingId: string): Promise<Output<'agenda:decision-candidates'>> {
  const meeting = await meetingFacts(db, meetingId)
  const phases = Object.keys(decisionAskedByPhase)
  const rows = await casesWithPending(db)
    .where('c.table_id', '=', meeting.tableId)
    .where((eb) =>
      eb.or([
        eb('p.code', 'in', phases),
        eb.and([
          eb('p.code', 'not in', [...FINAL_PHASE_CODES]),
          eb.exists(
            eb
              .selectFrom('involvement as i')
              .select(sql`1`.as('one'))
              .whereRef('i.case_id', '=', 'c.id')
              .where('i.closed_on', 'is', null)
              .where('i.opened_by_decision_id', 'is', null),
          ),
        ]),
      ]),
    )
    .orderBy('c.phase_since')
    .orderBy('c.code')
    .execute()
  const onAgenda = new Set(
    (
      await db
        .selectFrom('agenda_item')
        .select('case_id')
        .where('meeting_id', '=', meetingId)
        .where('deleted_at', 'is', null)
        .where('case_id', 'is not', null)
        .execute()
    ).map((row) => row.case_id),
  )
  return {
    candidates: rows.flatMap((row) => {
      const asked = askedFor(row.phase_code, Number(row.pending ?? 0))
      if (!asked) return []
      return [
        {
          case: {
            id: row.id,
            code: row.code,
            alias: row.alias,
            phaseSince: row.phase_since,
            phase: { id: row.phase_id, code: row.phase_code, name: row.phase_name },
          },
          decisionType: asked.type,
          section: asked.section,
          pendingSubjects: Number(row.pending ?? 0),
          onAgenda: onAgenda.has(row.id),
        },
      ]
    }),
  }
}

/**
 * Puts cases on the agenda in one call, each as a sub-item of the section its
 * phase asks for ("Voorstellen start casus" for a case in analyse), making the
 * section where the default agenda has it when missing. A case already on the
 * agenda is not added twice.
 */
export function addCases(
  db: Db,
  meetingId: string,
  caseIds: readonly string[],
): Promise<{ added: AgendaItem[]; order: AgendaOrder }> {
  return db.transaction().execute(async (trx) => {
    const meeting = await editableMeeting(trx, meetingId)
    const cases = await casesWithPending(trx)
      .where('c.id', 'in', [...caseIds])
      .execute()
    if (cases.length !== new Set(caseIds).size)
      throw new OmtError('VALIDATION', 'Een gekozen casus bestaat niet (meer). Ververs de lijst en kies opnieuw.', {
        caseIds: 'Een gekozen casus bestaat niet (meer).',
      })
    const present = new Set(
      (
        await trx
          .selectFrom('agenda_item')
          .select('case_id')
          .where('meeting_id', '=', meetingId)
          .where('deleted_at', 'is', null)
          .where('case_id', 'is not', null)
          .execute()
      ).map((row) => row.case_id),
    )
    const addedIds = new Set<string>()
    for (const row of [...cases].sort((a, b) => (a.code < b.code ? -1 : 1))) {
      if (present.has(row.id)) continue
      const section = askedFor(row.phase_code, Number(row.pending ?? 0))?.section ?? 'voortgang'
      const parentId = await sectionOf(trx, meeting.id, section)
      const position = (await siblingCount(trx, meeting.id, parentId)) + 1
      const [id] = await insertItems(trx, [
        {
          meetingId: meeting.id,
          parentId,
          position,
          values: {
            ...emptyItemValues,
            title: `${row.code} ${row.alias}`,
            type: section,
            caseId: row.id,
            presenterPartnerId: row.lead_partner_id,
            durationMinutes: 5,
            confidential: true,
          },
          carriedOverFromId: null,
        },
      ])
      if (id) addedIds.add(id)
    }
    await touchMeeting(trx, meeting.id)
    return { added: await agendaItems(trx, meeting, addedIds), order: await agendaOrder(trx, meeting) }
  })
}

/** The live top-level item of this type, made where the default agenda has it when missing. */
async function sectionOf(db: Db, meetingId: string, type: AgendaItemType): Promise<string> {
  const tops = await db
    .selectFrom('agenda_item')
    .select(['id', 'item_type'])
    .where('meeting_id', '=', meetingId)
    .where('parent_id', 'is', null)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute()
  const found = tops.find((top) => top.item_type === type)
  if (found) return found.id
  const position =
    sectionInsertIndex(
      tops.map((top) => top.item_type),
      type,
    ) + 1
  await openGap(db, meetingId, null, position)
  const [id] = await insertItems(db, [
    {
      meetingId,
      parentId: null,
      position,
      values: { ...emptyItemValues, title: agendaItemTypeLabels[type], type, durationMinutes: 0, confidential: true },
      carriedOverFromId: null,
    },
  ])
  return id ?? ''
}
