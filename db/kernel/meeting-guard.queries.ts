import { OmtError } from '../../shared/contract/errors'
import { dutchDate } from '../../shared/domain/iso-date'
import { ADOPTED, type MeetingStatus } from '../../shared/domain/meeting'
import type { Db } from './schema/database'

export interface MeetingFacts {
  id: string
  tableId: string
  tableCode: string
  tableName: string
  date: string
  startTime: string
  status: MeetingStatus
  numberPrefix: string
}

export const MEETING_GONE = 'Deze vergadering bestaat niet (meer). Ververs de lijst en kies de vergadering opnieuw.'

/** The columns MeetingFacts are made of, aliased so they can join any row (an agenda item has a status too). */
export const meetingFactColumns = [
  'm.id as meeting_id',
  'm.table_id as meeting_table_id',
  't.code as meeting_table_code',
  't.name as meeting_table_name',
  'm.date as meeting_date',
  'm.start_time as meeting_start_time',
  'm.status as meeting_status',
  'm.number_prefix as meeting_number_prefix',
] as const

interface FactRow {
  meeting_id: string
  meeting_table_id: string
  meeting_table_code: string
  meeting_table_name: string
  meeting_date: string
  meeting_start_time: string
  meeting_status: MeetingStatus
  meeting_number_prefix: string
}

export function toMeetingFacts(row: FactRow): MeetingFacts {
  return {
    id: row.meeting_id,
    tableId: row.meeting_table_id,
    tableCode: row.meeting_table_code,
    tableName: row.meeting_table_name,
    date: row.meeting_date,
    startTime: row.meeting_start_time,
    status: row.meeting_status,
    numberPrefix: row.meeting_number_prefix,
  }
}

export async function meetingFacts(db: Db, id: string): Promise<MeetingFacts> {
  const row = await db
    .selectFrom('meeting as m')
    .innerJoin('omt_table as t', 't.id', 'm.table_id')
    .select(meetingFactColumns)
    .where('m.id', '=', id)
    .executeTakeFirst()
  if (!row) throw new OmtError('NOT_FOUND', MEETING_GONE)
  return toMeetingFacts(row)
}

/** "OMT D op 12-03-2025": how messages name a meeting. */
export function meetingLabel(meeting: Pick<MeetingFacts, 'tableCode' | 'date'>): string {
  return `OMT ${meeting.tableCode} op ${dutchDate(meeting.date)}`
}

/**
 * Adopted minutes are final: agenda, notes, decisions and attendance stay as
 * adopted, and a later change is an erratum printed with them.
 */
export function assertEditable(meeting: MeetingFacts): void {
  if (meeting.status !== ADOPTED) return
  throw new OmtError(
    'VALIDATION',
    `Het verslag van de vergadering van ${meetingLabel(meeting)} is vastgesteld en kan niet meer worden gewijzigd. Leg een wijziging vast als erratum bij het verslag.`,
  )
}

export async function editableMeeting(db: Db, id: string): Promise<MeetingFacts> {
  const meeting = await meetingFacts(db, id)
  assertEditable(meeting)
  return meeting
}

/** Every change stamps its meeting, so lists can show what changed last. */
export async function touchMeeting(db: Db, id: string): Promise<void> {
  await db.updateTable('meeting').set({ updated_at: new Date().toISOString() }).where('id', '=', id).execute()
}
