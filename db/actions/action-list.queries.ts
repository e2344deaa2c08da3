import { sql } from 'kysely'
import type { ActionItem, ActionListQuery } from '../../shared/contract/action.contract'
import { todayIso } from '../../shared/domain/iso-date'
import type { Db } from '../kernel/schema/database'
import { actionQuery, toActionItem } from './action-rows.queries'

type Query = ReturnType<typeof actionQuery>

function filtered(query: Query, filter: ActionListQuery['filter'], today: string): Query {
  let result = query
  if (filter.tableIds.length > 0) result = result.where('a.table_id', 'in', filter.tableIds)
  if (filter.partnerIds.length > 0) result = result.where('a.owner_partner_id', 'in', filter.partnerIds)
  if (filter.statuses.length > 0) result = result.where('a.status', 'in', filter.statuses)
  if (filter.dueFrom) result = result.where('a.due_date', '>=', filter.dueFrom)
  if (filter.dueUntil) result = result.where('a.due_date', '<=', filter.dueUntil)
  if (filter.caseId) result = result.where('a.case_id', '=', filter.caseId)
  if (filter.overdueOnly) result = result.where('a.status', '=', 'open').where('a.due_date', '<', today)
  return result
}

/** The action list: filtered, sorted, one page, with the total and how many of all matches are overdue. */
export async function listActions(
  db: Db,
  input: ActionListQuery,
): Promise<{ rows: ActionItem[]; total: number; overdueTotal: number }> {
  const today = todayIso()
  const base = filtered(actionQuery(db), input.filter, today)
  const { total, overdue } = await base
    .clearSelect()
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`coalesce(sum(a.status = 'open' AND a.due_date < ${today}), 0)`.as('overdue'),
    ])
    .executeTakeFirstOrThrow()
  const direction = input.sort.direction
  let page = base
  switch (input.sort.by) {
    case 'due':
      // Actions without a due date last, whichever the direction: they are the least pressing.
      page = page
        .orderBy(sql`a.due_date IS NULL`)
        .orderBy('a.due_date', direction)
        .orderBy('a.created_at')
      break
    case 'created':
      page = page.orderBy('a.created_at', direction)
      break
    case 'partner':
      page = page
        .orderBy('p.short_name', direction)
        .orderBy(sql`a.due_date IS NULL`)
        .orderBy('a.due_date')
      break
  }
  const rows = await page.orderBy('a.id').limit(input.limit).offset(input.offset).execute()
  return { rows: rows.map((row) => toActionItem(row, today)), total: Number(total), overdueTotal: Number(overdue) }
}
