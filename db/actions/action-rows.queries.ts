import type { ActionItem, ActionValues } from '../../shared/contract/action.contract'
import { isOverdue } from '../../shared/domain/action'
import { todayIso } from '../../shared/domain/iso-date'
import type { Db } from '../kernel/schema/database'
import type { ActionItemTable } from '../kernel/schema/action.table'

export function actionQuery(db: Db) {
  return db
    .selectFrom('action_item as a')
    .innerJoin('omt_table as t', 't.id', 'a.table_id')
    .innerJoin('partner as p', 'p.id', 'a.owner_partner_id')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .leftJoin('decision as d', 'd.id', 'a.decision_id')
    .leftJoin('omt_case as c', 'c.id', 'a.case_id')
    .selectAll('a')
    .select([
      't.code as table_code',
      'p.short_name as partner_short_name',
      'm.date as meeting_date',
      'd.code as decision_code',
      'c.code as case_code',
      'c.alias as case_alias',
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof actionQuery>['execute']>>[number]

export function toActionItem(row: Row, today: string = todayIso()): ActionItem {
  return {
    id: row.id,
    table: { id: row.table_id, code: row.table_code },
    text: row.text,
    ownerPartner: { id: row.owner_partner_id, shortName: row.partner_short_name },
    ownerPerson: row.owner_person,
    dueDate: row.due_date,
    status: row.status,
    statusChangedOn: row.status_changed_on,
    overdue: isOverdue(row.status, row.due_date, today),
    origin: {
      meetingId: row.meeting_id,
      meetingDate: row.meeting_date,
      agendaItemId: row.agenda_item_id,
      decision: row.decision_id && row.decision_code !== null ? { id: row.decision_id, code: row.decision_code } : null,
    },
    case:
      row.case_id && row.case_code !== null && row.case_alias !== null
        ? { id: row.case_id, code: row.case_code, alias: row.case_alias }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function actionValuesOf(
  row: Pick<ActionItemTable, 'text' | 'owner_partner_id' | 'owner_person' | 'due_date' | 'case_id'>,
): ActionValues {
  return {
    text: row.text,
    ownerPartnerId: row.owner_partner_id,
    ownerPerson: row.owner_person,
    dueDate: row.due_date,
    caseId: row.case_id,
  }
}

export async function actionById(db: Db, id: string): Promise<ActionItem> {
  const row = await actionQuery(db).where('a.id', '=', id).executeTakeFirst()
  if (!row) throw new Error('action item vanished inside its own transaction')
  return toActionItem(row)
}
