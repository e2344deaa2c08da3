import { sql } from 'kysely'
import type { CaseListCursor, CaseListQuery, CaseListRow } from '../../shared/contract/case.contract'
import type { Db } from '../kernel/schema/database'
import { filterConditions } from './case-list-filter.queries'
import { caseListOrder } from './case-list-order.queries'
import { byNameNoCase } from './name-order'

const where = (conditions: ReturnType<typeof filterConditions>) =>
  conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``

/**
 * One page of the case list, the total for the pager and the cursor for the
 * next page. The page's ids are sorted on narrow rows first (along an index:
 * see case-list-order.queries.ts) and only those rows are read in full: sorting
 * 5,000 wide rows to keep 100 costs more than the whole rest.
 */
export async function listCases(
  db: Db,
  input: CaseListQuery,
): Promise<{ rows: CaseListRow[]; total: number; next: CaseListCursor | null }> {
  const conditions = filterConditions(input.filter)
  const total = Number(
    (await sql<{ total: number }>`SELECT count(*) AS total FROM omt_case c ${where(conditions)}`.execute(db)).rows[0]
      ?.total ?? 0,
  )

  const order = caseListOrder(input.sort)
  const pageConditions = input.after ? [...conditions, order.after(input.after)] : conditions
  const { rows: pageIds } = await sql<{ id: string; code: string; key: string | null }>`
    SELECT c.id, c.code, ${order.key} AS key FROM ${order.source} ${where(pageConditions)}
    ORDER BY ${order.orderBy} LIMIT ${input.limit} OFFSET ${input.offset}`.execute(db)
  const last = pageIds.at(-1)
  const next = last && pageIds.length === input.limit ? { key: last.key, code: last.code } : null
  if (pageIds.length === 0) return { rows: [], total, next }

  const ids = pageIds.map((row) => row.id)
  const unordered = await db
    .selectFrom('omt_case as c')
    .innerJoin('omt_table as t', 't.id', 'c.table_id')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .leftJoin('partner as lp', 'lp.id', 'c.lead_partner_id')
    .select([
      'c.id',
      'c.code',
      'c.alias',
      'c.kind',
      'c.phase_since',
      'c.updated_at',
      'c.table_id',
      't.code as table_code',
      't.name as table_name',
      'c.current_phase_id',
      'p.code as phase_code',
      'p.name as phase_name',
      'c.lead_partner_id',
      'lp.short_name as lead_partner_short_name',
    ])
    .where('c.id', 'in', ids)
    .execute()
  const byId = new Map(unordered.map((row) => [row.id, row]))
  const page = ids.flatMap((id) => {
    const row = byId.get(id)
    return row ? [row] : []
  })

  const themes = await db
    .selectFrom('case_theme as ct')
    .innerJoin('theme as th', 'th.id', 'ct.theme_id')
    .select(['ct.case_id', 'th.id', 'th.name'])
    .where('ct.case_id', 'in', ids)
    .execute()
  const gemeenten = await db
    .selectFrom('case_gemeente as cg')
    .innerJoin('gemeente as g', 'g.id', 'cg.gemeente_id')
    .select(['cg.case_id', 'g.id', 'g.name'])
    .where('cg.case_id', 'in', ids)
    .execute()
  // Sorted here, not in SQL: the rows come by case along the link's key, and
  // ordering them by the joined name would sort all of them in a temporary B-tree.
  const byCase = <T extends { case_id: string; id: string; name: string }>(rows: T[]) => {
    const map = new Map<string, { id: string; name: string }[]>()
    for (const row of [...rows].sort(byNameNoCase)) {
      const list = map.get(row.case_id) ?? []
      list.push({ id: row.id, name: row.name })
      map.set(row.case_id, list)
    }
    return map
  }
  const themesOf = byCase(themes)
  const gemeentenOf = byCase(gemeenten)

  return {
    total,
    next,
    rows: page.map((row) => ({
      id: row.id,
      code: row.code,
      alias: row.alias,
      kind: row.kind,
      table: { id: row.table_id, code: row.table_code, name: row.table_name },
      phase: { id: row.current_phase_id, code: row.phase_code, name: row.phase_name },
      phaseSince: row.phase_since,
      themes: themesOf.get(row.id) ?? [],
      gemeenten: gemeentenOf.get(row.id) ?? [],
      leadPartner:
        row.lead_partner_id && row.lead_partner_short_name !== null
          ? { id: row.lead_partner_id, shortName: row.lead_partner_short_name }
          : null,
      updatedAt: row.updated_at,
    })),
  }
}
