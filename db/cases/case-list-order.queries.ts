import { type RawBuilder, sql } from 'kysely'
import type { CaseListCursor, CaseListQuery } from '../../shared/contract/case.contract'

interface Order {
  /** What the page reads from: omt_case as c, after the reference table it is sorted by. */
  source: RawBuilder<unknown>
  /** The last row's value for the sort, for the next cursor. */
  key: RawBuilder<unknown>
  orderBy: RawBuilder<unknown>
  /** Only the rows after the cursor, written as a range on the sort's index. */
  after: (cursor: CaseListCursor) => RawBuilder<unknown>
}

/**
 * The list's order for each sort key, and the keyset condition for "after
 * this row". Every order ends in the unique code, ascending in both
 * directions as the list always sorted it, so (key, code) names one row.
 * Each has an index in that order (migration 2026-12-04-12), so a page reads
 * its own rows and no more, wherever it starts.
 */
export function caseListOrder(sort: CaseListQuery['sort']): Order {
  const asc = sort.direction === 'asc'
  const direction = sql.raw(asc ? 'ASC' : 'DESC')
  const beyond = sql.raw(asc ? '>' : '<')
  const from = sql.raw(asc ? '>=' : '<=')
  const alone = sql`omt_case c`
  // A key and then code: from the cursor's key on, and past its code among equal keys.
  const keyThenCode = (key: RawBuilder<unknown>) => (cursor: CaseListCursor) =>
    sql`${key} ${from} ${cursor.key} AND (${key} ${beyond} ${cursor.key} OR c.code > ${cursor.code})`
  switch (sort.by) {
    case 'code':
      return {
        source: alone,
        key: sql`NULL`,
        orderBy: sql`c.code COLLATE NOCASE ${direction}`,
        after: (cursor) => sql`c.code ${beyond} ${cursor.code}`,
      }
    case 'alias':
      return {
        source: alone,
        key: sql`c.alias`,
        orderBy: sql`c.alias COLLATE NOCASE ${direction}, c.code`,
        after: keyThenCode(sql`c.alias COLLATE NOCASE`),
      }
    case 'updated':
      return {
        source: alone,
        key: sql`c.updated_at`,
        orderBy: sql`c.updated_at ${direction}, c.code`,
        after: keyThenCode(sql`c.updated_at`),
      }
    // CROSS JOIN keeps the reference table outside: SQLite walks it in order
    // and each one's cases by (its id, code), where an inner join would sort.
    // Within the cursor's phase or table the codes start past the cursor's;
    // elsewhere past '' (every code); so even that is a range on the index.
    case 'phase':
      return {
        source: sql`phase p CROSS JOIN omt_case c ON c.current_phase_id = p.id`,
        key: sql`p.id`,
        // Ties in sort order are broken by the phase, so that (sort order, phase) is a strict order to walk.
        orderBy: sql`p.sort_order ${direction}, p.id ${direction}, c.code`,
        after: (cursor) =>
          sql`(p.sort_order, p.id) ${from} ((SELECT sort_order FROM phase WHERE id = ${cursor.key}), ${cursor.key})
            AND c.code > CASE WHEN p.id = ${cursor.key} THEN ${cursor.code} ELSE '' END`,
      }
    case 'table':
      return {
        source: sql`omt_table t CROSS JOIN omt_case c ON c.table_id = t.id`,
        key: sql`t.code`,
        orderBy: sql`t.code ${direction}, c.code`,
        after: (cursor) =>
          sql`t.code ${from} ${cursor.key} AND c.code > CASE WHEN t.code = ${cursor.key} THEN ${cursor.code} ELSE '' END`,
      }
  }
}
