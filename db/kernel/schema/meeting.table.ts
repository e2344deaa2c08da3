import type { AgendaItemStatus, AgendaItemType } from '../../../shared/domain/agenda'
import type { AttendanceStatus, AttendeeKind } from '../../../shared/domain/attendance'
import type { MeetingStatus } from '../../../shared/domain/meeting'
import type { ExportDocument, ExportFormat, ExportVariant } from '../../../shared/domain/minutes-export'

/** One sitting of a table. Adopted minutes (status verslag-vastgesteld) are read-only, down to triggers. */
export interface MeetingTable {
  id: string
  table_id: string
  date: string
  start_time: string
  location: string
  chair: string | null
  secretary: string | null
  number_prefix: string
  status: MeetingStatus
  minutes_adopted_on: string | null
  minutes_adopted_by_decision_id: string | null
  created_at: string
  updated_at: string
}

/**
 * One agenda item; `position` orders it among its siblings and numbers are
 * computed when read. A soft-deleted item (deleted_at) can be restored until
 * the minutes are adopted.
 */
export interface AgendaItemTable {
  id: string
  meeting_id: string
  parent_id: string | null
  position: number
  title: string
  item_type: AgendaItemType
  case_id: string | null
  presenter_partner_id: string | null
  duration_minutes: number
  confidential: 0 | 1
  notes: string
  chair_notes: string
  status: AgendaItemStatus
  carried_over_from_id: string | null
  deleted_at: string | null
  created_at: string
  updated_at: string
}

export interface AttachmentTable {
  id: string
  agenda_item_id: string
  file_name: string
  media_type: string
  size_bytes: number
  sha256: string
  created_at: string
}

/** The bytes, encrypted with the rest of the vault. */
export interface AttachmentContentTable {
  attachment_id: string
  bytes: Buffer
}

export interface AttendanceTable {
  id: string
  meeting_id: string
  kind: AttendeeKind
  partner_id: string | null
  person_name: string | null
  organisation: string | null
  status: AttendanceStatus | null
  position: number
  created_at: string
}

/** A change to adopted minutes, printed with them. */
export interface ErratumTable {
  id: string
  meeting_id: string
  seq: number
  text: string
  date: string
  created_at: string
}

export interface ExportRecordTable {
  id: string
  meeting_id: string | null
  document: ExportDocument
  variant: ExportVariant
  format: ExportFormat
  file_name: string
  minutes_status: 'concept' | 'vastgesteld'
  exported_at: string
}
