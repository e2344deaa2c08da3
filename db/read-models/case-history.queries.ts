import { sql } from 'kysely'
import { OmtError } from '../../shared/contract/errors'
import type { Output } from '../../shared/contract/index'
import { todayIso } from '../../shared/domain/iso-date'
import { actionQuery, toActionItem } from '../actions/action-rows.queries'
import type { Db } from '../kernel/schema/database'
import { selectDecisions } from '../decisions/decision-rows.queries'

/**
 * A case's record in the meetings: every decision about it, every agenda item
 * that discussed it (numbered as on that agenda), and its action items.
 */
export async function caseHistory(db: Db, caseId: string): Promise<Output<'case:history'>> {
  const found = await db.selectFrom('omt_case').select('id').where('id', '=', caseId).executeTakeFirst()
  if (!found) throw new OmtError('NOT_FOUND', 'Deze casus bestaat niet (meer).')
  const decisions = await selectDecisions(db, (query) =>
    query.where('d.case_id', '=', caseId).orderBy('d.decided_on', 'desc').orderBy('d.number', 'desc'),
  )
  // Positions are dense among live siblings, so an item's number is its parent's position and its own.
  const appearances = await db
    .selectFrom('agenda_item as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('omt_table as t', 't.id', 'm.table_id')
    .leftJoin('agenda_item as parent', 'parent.id', 'a.parent_id')
    .select([
      'a.id',
      'a.meeting_id',
      'a.title',
      'a.item_type',
      'a.status',
      'm.date',
      'm.table_id',
      't.code',
      'm.number_prefix',
    ])
    .select(
      sql<string>`CASE WHEN parent.id IS NULL THEN CAST(a.position AS TEXT) ELSE parent.position || '.' || a.position END`.as(
        'number',
      ),
    )
    .where('a.case_id', '=', caseId)
    .where('a.deleted_at', 'is', null)
    .orderBy('m.date', 'desc')
    .orderBy('m.start_time', 'desc')
    .execute()
  const today = todayIso()
  const actions = await actionQuery(db).where('a.case_id', '=', caseId).orderBy('a.created_at', 'desc').execute()
  return {
    decisions,
    agendaAppearances: appearances.map((row) => ({
      agendaItemId: row.id,
      meetingId: row.meeting_id,
      meetingDate: row.date,
      table: { id: row.table_id, code: row.code },
      number: `${row.number_prefix}${row.number}`,
      title: row.title,
      type: row.item_type,
      status: row.status,
    })),
    actionItems: actions.map((row) => toActionItem(row, today)),
  }
}
