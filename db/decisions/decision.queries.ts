import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { Decision, DecisionValues } from '../../shared/contract/decision.contract'
import { OmtError } from '../../shared/contract/errors'
import { ADOPTED } from '../../shared/domain/meeting'
import { itemFacts } from '../kernel/agenda-item-guard.queries'
import { assertEditable, meetingFacts, meetingLabel, touchMeeting } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'
import type { DecisionTable } from '../kernel/schema/decision.table'
import { applyEffects, revertEffects } from './decision-effects.queries'
import { nextDecisionNumber } from './decision-number.queries'
import { type DecisionDraft, planDecision } from './decision-plan.queries'
import { decisionFromDraft } from './decision-answer'
import { decisionById } from './decision-rows.queries'
import { snapshotOf } from './decision-snapshot.queries'

/** The columns a draft fills; the same for a new decision and a corrected one. */
function draftColumns(draft: DecisionDraft) {
  return {
    type: draft.values.type,
    case_id: draft.case?.id ?? null,
    text: draft.text,
    reason: draft.values.reason,
    closing_reason: draft.values.closingReason,
    phase_from_id: draft.phaseFrom?.id ?? null,
    phase_to_id: draft.phaseTo?.id ?? null,
    case_kind_from: draft.caseKindFrom,
    case_kind_to: draft.caseKindTo,
    retention_from: draft.retentionFrom,
    retention_to: draft.retentionTo,
    minutes_meeting_id: draft.minutesMeeting?.id ?? null,
    refers_to_decision_id: draft.values.refersToDecisionId,
  }
}

/**
 * Records a numbered decision and applies its effect on the case in the same
 * transaction: if any part is refused or fails, nothing is written, not even
 * the number. A meeting that takes a decision has been held.
 */
export function recordDecision(db: Db, agendaItemId: string, values: DecisionValues): Promise<Decision> {
  return db.transaction().execute(async (trx) => {
    const { row: item, meeting } = await itemFacts(trx, agendaItemId)
    assertEditable(meeting)
    const draft = await planDecision(trx, meeting, item.case_id, values, null)
    const { number, code } = await nextDecisionNumber(
      trx,
      meeting.tableId,
      meeting.tableCode,
      Number(meeting.date.slice(0, 4)),
    )
    const id = randomUUID()
    const now = new Date().toISOString()
    await trx
      .insertInto('decision')
      .values({
        id,
        code,
        table_id: meeting.tableId,
        year: Number(meeting.date.slice(0, 4)),
        number,
        meeting_id: meeting.id,
        agenda_item_id: agendaItemId,
        decided_on: meeting.date,
        status: 'geldig',
        ...draftColumns(draft),
        created_at: now,
        updated_at: now,
      })
      .execute()
    const subjects = await applyEffects(trx, { id, decidedOn: meeting.date }, draft)
    const held = meeting.status === 'voorbereiding' || meeting.status === 'agenda-verzonden'
    await trx
      .updateTable('meeting')
      .set(held ? { status: 'gehouden', updated_at: now } : { updated_at: now })
      .where('id', '=', meeting.id)
      .execute()
    return decisionFromDraft({ id, code, number, meeting, agendaItemId, draft, subjects, now })
  })
}

async function correctable(db: Db, id: string): Promise<Selectable<DecisionTable>> {
  const row = await db.selectFrom('decision').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new OmtError('NOT_FOUND', 'Dit besluit bestaat niet (meer). Ververs de besluitenlijst.')
  const meeting = await meetingFacts(db, row.meeting_id)
  if (meeting.status === ADOPTED) {
    throw new OmtError(
      'VALIDATION',
      `Besluit ${row.code} is vastgesteld met het verslag van ${meetingLabel(meeting)}. Wijzig het met een nieuw besluit dat naar ${row.code} verwijst.`,
    )
  }
  if (row.status === 'ingetrokken')
    throw new OmtError('VALIDATION', `Besluit ${row.code} is ingetrokken. Leg zo nodig een nieuw besluit vast.`)
  return row
}

/** Whether corrected values would write the same effect as the stored decision did. */
async function sameEffect(db: Db, row: Selectable<DecisionTable>, values: DecisionValues): Promise<boolean> {
  if (values.type !== row.type || values.caseId !== row.case_id) return false
  if (values.caseKind !== null && values.caseKind !== row.case_kind_to) return false
  if (values.retentionUntil !== null && values.retentionUntil !== row.retention_to) return false
  if (values.minutesMeetingId !== null && values.minutesMeetingId !== row.minutes_meeting_id) return false
  if (values.type !== 'subject-toevoegen' && values.type !== 'subject-verwijderen') return true
  if (values.subjectsToAdd.some((subject) => subject.kind !== 'bestaand')) return false
  const wanted = new Set([
    ...values.subjectsToAdd.flatMap((subject) => (subject.kind === 'bestaand' ? [subject.id] : [])),
    ...values.subjectIdsToRemove,
  ])
  const stored = await db
    .selectFrom('decision_involvement as di')
    .innerJoin('involvement as i', 'i.id', 'di.involvement_id')
    .select('i.subject_id')
    .where('di.decision_id', '=', row.id)
    .execute()
  return stored.length === wanted.size && stored.every((subject) => wanted.has(subject.subject_id))
}

async function keepCorrection(
  db: Db,
  row: Selectable<DecisionTable>,
  kind: 'correctie' | 'ingetrokken',
  note: string,
): Promise<void> {
  const previous = await snapshotOf(db, row)
  const { last } = await db
    .selectFrom('decision_correction')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('decision_id', '=', row.id)
    .executeTakeFirstOrThrow()
  await db
    .insertInto('decision_correction')
    .values({
      decision_id: row.id,
      seq: Number(last ?? 0) + 1,
      kind,
      note,
      previous: JSON.stringify(previous),
      corrected_at: new Date().toISOString(),
    })
    .execute()
}

/**
 * Corrects a decision while its minutes are concept: the old effect is undone
 * and the new one applied, the number stays, and the old version is kept.
 */
export function correctDecision(db: Db, id: string, values: DecisionValues, note: string): Promise<Decision> {
  return db.transaction().execute(async (trx) => {
    const row = await correctable(trx, id)
    const meeting = await meetingFacts(trx, row.meeting_id)
    const item = await trx
      .selectFrom('agenda_item')
      .select('case_id')
      .where('id', '=', row.agenda_item_id)
      .executeTakeFirstOrThrow()
    await keepCorrection(trx, row, 'correctie', note)
    if (await sameEffect(trx, row, values)) {
      // Wording only: the effect stands, so later decisions that built on it are not in the way.
      await trx
        .updateTable('decision')
        .set({
          text: values.text || row.text,
          reason: values.reason,
          closing_reason: values.closingReason,
          refers_to_decision_id: values.refersToDecisionId,
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', id)
        .execute()
      await touchMeeting(trx, meeting.id)
      const decision = await decisionById(trx, id)
      if (!decision) throw new Error('decision vanished inside its own transaction')
      return decision
    }
    await revertEffects(trx, row)
    const draft = await planDecision(trx, meeting, item.case_id, values, id)
    await trx
      .updateTable('decision')
      .set({ ...draftColumns(draft), updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
    await applyEffects(trx, { id, decidedOn: row.decided_on }, draft)
    await touchMeeting(trx, meeting.id)
    const decision = await decisionById(trx, id)
    if (!decision) throw new Error('decision vanished inside its own transaction')
    return decision
  })
}

/** Withdraws a decision recorded by mistake: its effect is undone; the number and the record stay. */
export function withdrawDecision(db: Db, id: string, note: string): Promise<Decision> {
  return db.transaction().execute(async (trx) => {
    const row = await correctable(trx, id)
    await keepCorrection(trx, row, 'ingetrokken', note)
    await revertEffects(trx, row)
    await trx
      .updateTable('decision')
      .set({
        status: 'ingetrokken',
        phase_from_id: null,
        phase_to_id: null,
        case_kind_from: null,
        case_kind_to: null,
        retention_from: null,
        retention_to: null,
        minutes_meeting_id: null,
        // Like the phase change: a withdrawn decision closed nothing, so the report has no reason to count.
        // The correction kept above still holds what it said.
        closing_reason: null,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .execute()
    await touchMeeting(trx, row.meeting_id)
    const decision = await decisionById(trx, id)
    if (!decision) throw new Error('decision vanished inside its own transaction')
    return decision
  })
}
