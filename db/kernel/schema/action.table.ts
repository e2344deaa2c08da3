import type { ActionStatus } from '../../../shared/domain/action'

/** An action item belongs to its table and stays on the action list until gereed or vervallen. */
export interface ActionItemTable {
  id: string
  table_id: string
  meeting_id: string
  agenda_item_id: string | null
  decision_id: string | null
  case_id: string | null
  text: string
  owner_partner_id: string
  owner_person: string | null
  due_date: string | null
  status: ActionStatus
  status_changed_on: string | null
  created_at: string
  updated_at: string
}
