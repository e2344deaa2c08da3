import type { Selectable } from 'kysely'
import { OmtError } from '../../shared/contract/errors'
import { type MeetingFacts, meetingFactColumns, toMeetingFacts } from './meeting-guard.queries'
import type { Db } from './schema/database'
import type { AgendaItemTable } from './schema/meeting.table'

export const ITEM_GONE = 'Dit agendapunt bestaat niet (meer). Ververs de agenda en probeer het opnieuw.'

export interface ItemFacts {
  row: Selectable<AgendaItemTable>
  meeting: MeetingFacts
}

/** An item with its meeting; a soft-deleted item counts as gone unless asked for. */
export async function itemFacts(
  db: Db,
  id: string,
  options: { deleted: boolean } = { deleted: false },
): Promise<ItemFacts> {
  const found = await db
    .selectFrom('agenda_item as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('omt_table as t', 't.id', 'm.table_id')
    .selectAll('a')
    .select(meetingFactColumns)
    .where('a.id', '=', id)
    .executeTakeFirst()
  if (!found || (found.deleted_at !== null) !== options.deleted) throw new OmtError('NOT_FOUND', ITEM_GONE)
  const {
    meeting_table_id,
    meeting_table_code,
    meeting_table_name,
    meeting_date,
    meeting_start_time,
    meeting_status,
    meeting_number_prefix,
    ...row
  } = found
  return {
    row,
    meeting: toMeetingFacts({
      meeting_id: row.meeting_id,
      meeting_table_id,
      meeting_table_code,
      meeting_table_name,
      meeting_date,
      meeting_start_time,
      meeting_status,
      meeting_number_prefix,
    }),
  }
}
