import type { Kysely, Selectable } from 'kysely'
import type { AgendaItemValues } from '../../shared/contract/agenda.contract'
import { type FieldErrors, OmtError } from '../../shared/contract/errors'
import { checkReferences } from '../kernel/reference-checks.queries'
import { type MeetingFacts, meetingFactColumns, toMeetingFacts } from '../kernel/meeting-guard.queries'
import type { Database } from '../kernel/schema/database'
import type { AgendaItemTable } from '../kernel/schema/meeting.table'

type Db = Kysely<Database>

export const ITEM_GONE = 'Dit agendapunt bestaat niet (meer). Ververs de agenda en probeer het opnieuw.'

export interface ItemFacts {
  row: Selectable<AgendaItemTable>
  meeting: MeetingFacts
}

/** An item with its meeting; a soft-deleted item counts as gone unless asked for. */
export async function itemFacts(db: Db, id: string, options: { deleted: boolean } = { deleted: false }): Promise<ItemFacts> {
  const found = await db
    .selectFrom('agenda_item as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('omt_table as t', 't.id', 'm.table_id')
    .selectAll('a')
    .select(meetingFactColumns)
    .where('a.id', '=', id)
    .executeTakeFirst()
  if (!found || (found.deleted_at !== null) !== options.deleted) throw new OmtError('NOT_FOUND', ITEM_GONE)
  const { meeting_table_id, meeting_table_code, meeting_table_name, meeting_date, meeting_start_time, meeting_status, meeting_number_prefix, ...row } = found
  return {
    row,
    meeting: toMeetingFacts({ meeting_id: row.meeting_id, meeting_table_id, meeting_table_code, meeting_table_name, meeting_date, meeting_start_time, meeting_status, meeting_number_prefix }),
  }
}

/** A form's ids can be stale: the user gets a field message, not a foreign key error. */
export async function checkItemValues(db: Db, values: AgendaItemValues, current: Pick<AgendaItemTable, 'presenter_partner_id' | 'case_id'> | null): Promise<void> {
  const problems: FieldErrors = {}
  await checkReferences(
    db,
    [
      {
        field: 'presenterPartnerId',
        table: 'partner',
        ids: values.presenterPartnerId ? [values.presenterPartnerId] : [],
        alreadyLinked: current?.presenter_partner_id ? [current.presenter_partner_id] : [],
        unknown: 'Deze partner bestaat niet (meer). Kies een partner uit de lijst.',
        archived: 'Deze partner is gearchiveerd. Kies een actieve partner.',
      },
    ],
    problems,
  )
  if (values.caseId && values.caseId !== current?.case_id) {
    const found = await db.selectFrom('omt_case').select('id').where('id', '=', values.caseId).executeTakeFirst()
    if (!found) problems.caseId = 'Deze casus bestaat niet (meer). Zoek de casus opnieuw.'
  }
  if (Object.keys(problems).length > 0) throw new OmtError('VALIDATION', undefined, problems)
}

/** A section takes sub-items; a sub-item does not (numbers go two levels deep: 2.1, never 2.1.1). */
export async function checkParent(db: Db, meetingId: string, parentId: string | null, movingId: string | null): Promise<void> {
  if (parentId === null) return
  if (parentId === movingId) throw new OmtError('VALIDATION', 'Een agendapunt kan niet onder zichzelf staan.')
  const parent = await db.selectFrom('agenda_item').select(['meeting_id', 'parent_id', 'deleted_at']).where('id', '=', parentId).executeTakeFirst()
  if (!parent || parent.deleted_at !== null || parent.meeting_id !== meetingId) {
    throw new OmtError('VALIDATION', 'Het onderdeel waar dit punt onder moet, staat niet (meer) op deze agenda. Ververs de agenda.')
  }
  if (parent.parent_id !== null) throw new OmtError('VALIDATION', 'Een subpunt kan zelf geen subpunten hebben. Kies een hoofdpunt als onderdeel.')
  if (movingId) {
    const child = await db.selectFrom('agenda_item').select('id').where('parent_id', '=', movingId).where('deleted_at', 'is', null).limit(1).executeTakeFirst()
    if (child) throw new OmtError('VALIDATION', 'Dit punt heeft zelf subpunten en kan daarom niet onder een ander punt. Verplaats eerst de subpunten.')
  }
}
