import { type Expression, type SqlBool, sql } from 'kysely'
import type { CaseListQuery, CaseListRow } from '../../shared/contract/case.contract'
import type { Db } from '../kernel/schema/database'
import { ftsMatch, toFtsTerms } from '../search/fts-query'

/** The filters as one condition on omt_case as c; shared by the page and the count. */
function filtered(db: Db, filter: CaseListQuery['filter']) {
  let query = db.selectFrom('omt_case as c')
  if (filter.phaseIds.length > 0) query = query.where('c.current_phase_id', 'in', filter.phaseIds)
  if (filter.tableIds.length > 0) query = query.where('c.table_id', 'in', filter.tableIds)
  if (filter.kinds.length > 0) query = query.where('c.kind', 'in', filter.kinds)
  // IN (subquery), not EXISTS: SQLite then reads the link table once by its
  // (theme_id, case_id) index instead of probing it for every case.
  if (filter.themeIds.length > 0) {
    const themeIds = filter.themeIds
    query = query.where('c.id', 'in', (eb) =>
      eb.selectFrom('case_theme').select('case_id').where('theme_id', 'in', themeIds),
    )
  }
  if (filter.gemeenteIds.length > 0) {
    const gemeenteIds = filter.gemeenteIds
    query = query.where('c.id', 'in', (eb) =>
      eb.selectFrom('case_gemeente').select('case_id').where('gemeente_id', 'in', gemeenteIds),
    )
  }
  if (filter.text.trim() !== '') {
    const terms = toFtsTerms(filter.text)
    // Only punctuation typed: nothing can match, as in the search field.
    const condition: Expression<SqlBool> = terms
      ? sql<SqlBool>`c.id IN (SELECT d.ref_id FROM search_document AS d WHERE d.id IN (
          SELECT rowid FROM search_fts WHERE search_fts MATCH ${ftsMatch('case', terms, 'title')}))`
      : sql<SqlBool>`0`
    query = query.where(condition)
  }
  return query
}

/**
 * One page of the case list and the total for the pager. The page's ids are
 * sorted on narrow rows first and only those rows are read in full: sorting
 * 5,000 wide rows to keep 100 costs more than the whole rest.
 */
export async function listCases(db: Db, input: CaseListQuery): Promise<{ rows: CaseListRow[]; total: number }> {
  const { sort } = input
  const base = filtered(db, input.filter)
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()

  const direction = sort.direction
  const pageIds = await (() => {
    switch (sort.by) {
      case 'code':
        return base.select('c.id').orderBy(sql`c.code COLLATE NOCASE`, direction)
      case 'alias':
        return base
          .select('c.id')
          .orderBy(sql`c.alias COLLATE NOCASE`, direction)
          .orderBy('c.code')
      case 'phase':
        return base
          .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
          .select('c.id')
          .orderBy('p.sort_order', direction)
          .orderBy('c.code')
      case 'table':
        return base
          .innerJoin('omt_table as t', 't.id', 'c.table_id')
          .select('c.id')
          .orderBy('t.code', direction)
          .orderBy('c.code')
      case 'updated':
        return base.select('c.id').orderBy('c.updated_at', direction).orderBy('c.code')
    }
  })()
    .limit(input.limit)
    .offset(input.offset)
    .execute()
  if (pageIds.length === 0) return { rows: [], total: Number(total) }

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
    .orderBy('th.name')
    .execute()
  const gemeenten = await db
    .selectFrom('case_gemeente as cg')
    .innerJoin('gemeente as g', 'g.id', 'cg.gemeente_id')
    .select(['cg.case_id', 'g.id', 'g.name'])
    .where('cg.case_id', 'in', ids)
    .orderBy('g.name')
    .execute()
  const byCase = <T extends { case_id: string; id: string; name: string }>(rows: T[]) => {
    const map = new Map<string, { id: string; name: string }[]>()
    for (const row of rows) {
      const list = map.get(row.case_id) ?? []
      list.push({ id: row.id, name: row.name })
      map.set(row.case_id, list)
    }
    return map
  }
  const themesOf = byCase(themes)
  const gemeentenOf = byCase(gemeenten)

  return {
    total: Number(total),
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
