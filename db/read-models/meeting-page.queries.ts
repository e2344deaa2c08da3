import { sql } from 'kysely'
import { OmtError } from '../../shared/contract/errors'
import type { MeetingDetail } from '../../shared/contract/meeting.contract'
import { todayIso } from '../../shared/domain/iso-date'
import { actionQuery, toActionItem } from '../actions/action-rows.queries'
import { agendaItems } from '../agenda/agenda-rows.queries'
import { attendanceOf } from '../attendance/attendance.queries'
import { MEETING_GONE } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'
import { previousMeeting, summaryQuery, toSummary } from '../meetings/meeting-rows.queries'
import { erratumRows } from '../minutes/minutes.queries'

/**
 * Everything meeting mode and the minutes need, in one call: the numbered and
 * timed agenda with decisions and attachment descriptions, attendance, the
 * action list (open actions carried over from earlier meetings first), errata.
 */
export async function getMeeting(db: Db, id: string): Promise<MeetingDetail> {
  const row = await summaryQuery(db).where('m.id', '=', id).executeTakeFirst()
  if (!row) throw new OmtError('NOT_FOUND', MEETING_GONE)
  const meeting = {
    id,
    tableId: row.table_id,
    tableCode: row.table_code,
    tableName: row.table_name,
    date: row.date,
    startTime: row.start_time,
    status: row.status,
    numberPrefix: row.number_prefix,
  }
  const today = todayIso()
  // Two narrow queries rather than one OR: a table holds thousands of finished actions.
  const own = await actionQuery(db)
    .where('a.meeting_id', '=', id)
    .orderBy(sql`a.due_date IS NULL`)
    .orderBy('a.due_date')
    .orderBy('a.created_at')
    .execute()
  const carried = await actionQuery(db)
    .where('a.table_id', '=', row.table_id)
    .where('a.status', '=', 'open')
    .where('a.meeting_id', '!=', id)
    .where(sql<boolean>`(m.date, m.start_time) < (${row.date}, ${row.start_time})`)
    .orderBy(sql`a.due_date IS NULL`)
    .orderBy('a.due_date')
    .orderBy('a.created_at')
    .execute()
  const previous = await previousMeeting(db, row.table_id, row.date, row.start_time)
  return {
    ...toSummary(row),
    items: await agendaItems(db, meeting),
    attendance: await attendanceOf(db, id),
    actionList: [...carried, ...own].map((action) => ({
      ...toActionItem(action, today),
      carriedOver: action.meeting_id !== id,
    })),
    errata: await erratumRows(db, id),
    previousMeeting: previous ? { id: previous.id, date: previous.date, status: previous.status } : null,
  }
}
