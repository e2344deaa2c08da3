import type { Decision } from '../../shared/contract/decision.contract'
import { decisionTypeInfo } from '../../shared/domain/decision-types'
import type { Db } from '../kernel/schema/database'

function baseQuery(db: Db) {
  return db
    .selectFrom('decision as d')
    .innerJoin('omt_table as t', 't.id', 'd.table_id')
    .leftJoin('omt_case as c', 'c.id', 'd.case_id')
    .leftJoin('phase as pf', 'pf.id', 'd.phase_from_id')
    .leftJoin('phase as pt', 'pt.id', 'd.phase_to_id')
    .leftJoin('meeting as mm', 'mm.id', 'd.minutes_meeting_id')
    .leftJoin('decision as r', 'r.id', 'd.refers_to_decision_id')
    .selectAll('d')
    .select([
      't.code as table_code',
      'c.code as case_code',
      'c.alias as case_alias',
      'mm.date as minutes_meeting_date',
      'r.code as refers_to_code',
    ])
    .select(['pf.code as pf_code', 'pf.name as pf_name', 'pt.code as pt_code', 'pt.name as pt_name'])
    .select((eb) =>
      eb
        .selectFrom('decision_correction as dc')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('dc.decision_id', '=', 'd.id')
        .as('correction_count'),
    )
}

type Base = ReturnType<typeof baseQuery>
type BaseRow = Awaited<ReturnType<Base['execute']>>[number]

export type DecisionFilter = (query: Base) => Base

export interface SubjectEffect {
  subjectId: string
  kind: string
  title: string
  change: 'bevestigd' | 'toegevoegd' | 'verwijderd'
}

/** The subjects each decision confirmed, added or removed, by decision id. */
export async function subjectEffects(db: Db, decisionIds: readonly string[]): Promise<Map<string, SubjectEffect[]>> {
  const byDecision = new Map<string, SubjectEffect[]>()
  if (decisionIds.length === 0) return byDecision
  const rows = await db
    .selectFrom('decision_involvement as di')
    .innerJoin('involvement as i', 'i.id', 'di.involvement_id')
    .innerJoin('subject as s', 's.id', 'i.subject_id')
    .select(['di.decision_id', 'di.change', 's.id', 's.kind', 's.name', 's.description'])
    .where('di.decision_id', 'in', [...decisionIds])
    .orderBy('s.name_key')
    .execute()
  for (const row of rows) {
    const list = byDecision.get(row.decision_id) ?? []
    list.push({ subjectId: row.id, kind: row.kind, title: row.name ?? row.description ?? '', change: row.change })
    byDecision.set(row.decision_id, list)
  }
  return byDecision
}

function toDecision(row: BaseRow, subjects: SubjectEffect[]): Decision {
  return {
    id: row.id,
    code: row.code,
    year: row.year,
    number: row.number,
    type: row.type,
    typeLabel: decisionTypeInfo[row.type].label,
    status: row.status,
    decidedOn: row.decided_on,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    table: { id: row.table_id, code: row.table_code },
    case:
      row.case_id && row.case_code !== null && row.case_alias !== null
        ? { id: row.case_id, code: row.case_code, alias: row.case_alias }
        : null,
    text: row.text,
    reason: row.reason,
    closingReason: row.closing_reason,
    effect: {
      phase:
        row.phase_from_id &&
        row.phase_to_id &&
        row.pf_code !== null &&
        row.pf_name !== null &&
        row.pt_code !== null &&
        row.pt_name !== null
          ? {
              from: { id: row.phase_from_id, code: row.pf_code, name: row.pf_name },
              to: { id: row.phase_to_id, code: row.pt_code, name: row.pt_name },
            }
          : null,
      caseKind: row.case_kind_from && row.case_kind_to ? { from: row.case_kind_from, to: row.case_kind_to } : null,
      subjects,
      retention: row.retention_from && row.retention_to ? { from: row.retention_from, to: row.retention_to } : null,
      minutes:
        row.minutes_meeting_id && row.minutes_meeting_date !== null
          ? { meetingId: row.minutes_meeting_id, meetingDate: row.minutes_meeting_date }
          : null,
    },
    refersTo:
      row.refers_to_decision_id && row.refers_to_code !== null
        ? { id: row.refers_to_decision_id, code: row.refers_to_code }
        : null,
    correctionCount: Number(row.correction_count ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Decisions as the contract shows them, for any filter on `decision as d`. */
export async function selectDecisions(db: Db, filter: DecisionFilter): Promise<Decision[]> {
  const rows = await filter(baseQuery(db)).execute()
  const subjects = await subjectEffects(
    db,
    rows
      .filter(
        (row) => row.type === 'subject-toevoegen' || row.type === 'subject-verwijderen' || row.type === 'start-analyse',
      )
      .map((row) => row.id),
  )
  return rows.map((row) => toDecision(row, subjects.get(row.id) ?? []))
}

export async function decisionById(db: Db, id: string): Promise<Decision | null> {
  const [decision] = await selectDecisions(db, (query) => query.where('d.id', '=', id))
  return decision ?? null
}
