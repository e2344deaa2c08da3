import { randomUUID } from 'node:crypto'
import type { ActionItem, ActionValues } from '../../shared/contract/action.contract'
import { type FieldErrors, OmtError } from '../../shared/contract/errors'
import type { ActionStatus } from '../../shared/domain/action'
import { todayIso } from '../../shared/domain/iso-date'
import { editableMeeting, meetingFacts } from '../kernel/meeting-guard.queries'
import { checkReferences, partnerCheck } from '../kernel/reference-checks.queries'
import type { Db } from '../kernel/schema/database'
import { actionById, actionValuesOf } from './action-rows.queries'

const GONE = 'Dit actiepunt bestaat niet (meer). Ververs de actielijst.'

async function checkValues(
  db: Db,
  values: ActionValues,
  current: { owner_partner_id: string; case_id: string | null } | null,
): Promise<void> {
  const problems: FieldErrors = {}
  await checkReferences(
    db,
    [partnerCheck('ownerPartnerId', values.ownerPartnerId, current?.owner_partner_id ?? null)],
    problems,
  )
  if (values.caseId && values.caseId !== current?.case_id) {
    const found = await db.selectFrom('omt_case').select('id').where('id', '=', values.caseId).executeTakeFirst()
    if (!found) problems.caseId = 'Deze casus bestaat niet (meer). Zoek de casus opnieuw.'
  }
  if (Object.keys(problems).length > 0) throw new OmtError('VALIDATION', undefined, problems)
}

/** An action agreed in a meeting; its case defaults to the item's or the decision's case. */
export function createAction(
  db: Db,
  input: { meetingId: string; agendaItemId: string | null; decisionId: string | null; values: ActionValues },
): Promise<ActionItem> {
  return db.transaction().execute(async (trx) => {
    const meeting = await editableMeeting(trx, input.meetingId)
    let caseId = input.values.caseId
    if (input.agendaItemId) {
      const item = await trx
        .selectFrom('agenda_item')
        .select(['meeting_id', 'case_id', 'deleted_at'])
        .where('id', '=', input.agendaItemId)
        .executeTakeFirst()
      if (!item || item.deleted_at !== null || item.meeting_id !== meeting.id) {
        throw new OmtError('VALIDATION', 'Dit agendapunt hoort niet (meer) bij deze vergadering. Ververs de agenda.')
      }
      caseId ??= item.case_id
    }
    if (input.decisionId) {
      const decision = await trx
        .selectFrom('decision')
        .select(['meeting_id', 'case_id'])
        .where('id', '=', input.decisionId)
        .executeTakeFirst()
      if (!decision || decision.meeting_id !== meeting.id)
        throw new OmtError('VALIDATION', 'Dit besluit hoort niet bij deze vergadering. Ververs de agenda.')
      caseId ??= decision.case_id
    }
    const values = { ...input.values, caseId }
    await checkValues(trx, values, null)
    const now = new Date().toISOString()
    const id = randomUUID()
    await trx
      .insertInto('action_item')
      .values({
        id,
        table_id: meeting.tableId,
        meeting_id: meeting.id,
        agenda_item_id: input.agendaItemId,
        decision_id: input.decisionId,
        case_id: values.caseId,
        text: values.text,
        owner_partner_id: values.ownerPartnerId,
        owner_person: values.ownerPerson,
        due_date: values.dueDate,
        status: 'open',
        status_changed_on: null,
        created_at: now,
        updated_at: now,
      })
      .execute()
    return actionById(trx, id)
  })
}

/**
 * Actions live on after their meeting: text, owner and due date may change at
 * a later meeting (a deadline moved), also when the first minutes are adopted.
 */
export function updateAction(
  db: Db,
  id: string,
  values: ActionValues,
): Promise<{ item: ActionItem; previous: ActionValues }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('action_item').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new OmtError('NOT_FOUND', GONE)
    await checkValues(trx, values, row)
    await trx
      .updateTable('action_item')
      .set({
        text: values.text,
        owner_partner_id: values.ownerPartnerId,
        owner_person: values.ownerPerson,
        due_date: values.dueDate,
        case_id: values.caseId,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .execute()
    return { item: await actionById(trx, id), previous: actionValuesOf(row) }
  })
}

export function setActionStatus(
  db: Db,
  id: string,
  status: ActionStatus,
  on: string | null,
): Promise<{ item: ActionItem; previous: { status: ActionStatus; statusChangedOn: string | null } }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('action_item')
      .select(['status', 'status_changed_on'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!row) throw new OmtError('NOT_FOUND', GONE)
    const changedOn = status === 'open' ? null : (on ?? todayIso())
    await trx
      .updateTable('action_item')
      .set({ status, status_changed_on: changedOn, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
    return { item: await actionById(trx, id), previous: { status: row.status, statusChangedOn: row.status_changed_on } }
  })
}

/** Only an action entered by mistake, while its meeting's minutes are concept; otherwise it is set to vervallen. */
export function deleteAction(db: Db, id: string): Promise<{ id: string }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('action_item').select(['meeting_id']).where('id', '=', id).executeTakeFirst()
    if (!row) throw new OmtError('NOT_FOUND', GONE)
    const meeting = await meetingFacts(trx, row.meeting_id)
    if (meeting.status === 'verslag-vastgesteld') {
      throw new OmtError(
        'VALIDATION',
        'Dit actiepunt staat in een vastgesteld verslag en blijft bewaard. Zet de status op ‘vervallen’ als het niet meer nodig is.',
      )
    }
    await trx.deleteFrom('action_item').where('id', '=', id).execute()
    return { id }
  })
}
