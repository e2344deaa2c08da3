import type { Input } from '../../../../shared/contract/index'
import type { Floor } from '../floor-row'
import { ftsMatch, toFtsTerms } from '../../../../db/search/fts-query'

type Query = Input<'case:list'>

const ORDER: Record<Query['sort']['by'], string> = {
  code: 'c.code COLLATE NOCASE',
  alias: 'c.alias COLLATE NOCASE, c.code',
  phase: 'p.sort_order, p.id, c.code',
  table: 't.code, c.code',
  updated: 'c.updated_at, c.code',
}

/**
 * What the page's ids are read from: the sorts by phase and table walk the
 * reference table in order and each one's cases along (its id, code), which
 * CROSS JOIN keeps SQLite from turning into a sort.
 */
const SOURCE: Record<Query['sort']['by'], string> = {
  code: 'omt_case c',
  alias: 'omt_case c',
  updated: 'omt_case c',
  phase: 'phase p CROSS JOIN omt_case c ON c.current_phase_id = p.id',
  table: 'omt_table t CROSS JOIN omt_case c ON c.table_id = t.id',
}

/** Scrolling on: the rows after the previous page's last one, as a range (only the sort by updated is asked so). */
function afterCursor(query: Query): { text: string; params: unknown[] } {
  if (!query.after) return { text: '', params: [] }
  if (query.sort.by !== 'updated' || query.sort.direction !== 'desc')
    throw new Error('floor: cursor only by updated, desc')
  const { key, code } = query.after
  return { text: 'c.updated_at <= ? AND (c.updated_at < ? OR c.code > ?)', params: [key, key, code] }
}

/** The filter as SQL on omt_case c, with its parameters in order. */
function where(filter: Query['filter']): { text: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  const list = (column: string, values: readonly string[]) => {
    if (values.length === 0) return
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`)
    params.push(...values)
  }
  list('c.current_phase_id', filter.phaseIds)
  list('c.table_id', filter.tableIds)
  list('c.kind', filter.kinds)
  if (filter.themeIds.length > 0) {
    clauses.push(
      `c.id IN (SELECT case_id FROM case_theme WHERE theme_id IN (${filter.themeIds.map(() => '?').join(', ')}))`,
    )
    params.push(...filter.themeIds)
  }
  if (filter.gemeenteIds.length > 0) {
    clauses.push(
      `c.id IN (SELECT case_id FROM case_gemeente WHERE gemeente_id IN (${filter.gemeenteIds.map(() => '?').join(', ')}))`,
    )
    params.push(...filter.gemeenteIds)
  }
  const terms = filter.text.trim() === '' ? null : toFtsTerms(filter.text)
  if (terms) {
    clauses.push(
      'c.id IN (SELECT d.ref_id FROM search_document d WHERE d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?))',
    )
    params.push(ftsMatch('case', terms, 'title'))
  }
  return { text: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/**
 * The case list page by hand: the count, then the page's ids sorted and cut,
 * and only those 100 rows read in full with their table, phase, lead partner,
 * themes and gemeenten (two correlated group_concats per row).
 */
export function caseListFloor(queries: Query[]): Floor {
  return (sqlite) => {
    const prepared = queries.map((query) => {
      const filter = where(query.filter)
      const after = afterCursor(query)
      const pageWhere =
        after.text === '' ? filter.text : `${filter.text === '' ? 'WHERE' : `${filter.text} AND`} ${after.text}`
      const pageParams = [...filter.params, ...after.params]
      const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC'
      const order = ORDER[query.sort.by]
        .split(', ')
        .map((part, index) => (index === 0 ? `${part} ${direction}` : part))
        .join(', ')
      const count = sqlite.prepare(`SELECT count(*) AS n FROM omt_case c ${filter.text}`)
      const page = sqlite.prepare(`
        WITH page AS (
          SELECT c.id FROM ${SOURCE[query.sort.by]}
          ${pageWhere} ORDER BY ${order} LIMIT ? OFFSET ?)
        SELECT c.id, c.code, c.alias, c.kind, c.phase_since, c.updated_at, c.table_id, t.code AS table_code,
          t.name AS table_name, c.current_phase_id, p.code AS phase_code, p.name AS phase_name, c.lead_partner_id,
          lp.short_name AS lead_partner_short_name,
          (SELECT group_concat(th.id || '|' || th.name, ';') FROM case_theme ct JOIN theme th ON th.id = ct.theme_id
            WHERE ct.case_id = c.id) AS themes,
          (SELECT group_concat(g.id || '|' || g.name, ';') FROM case_gemeente cg JOIN gemeente g ON g.id = cg.gemeente_id
            WHERE cg.case_id = c.id) AS gemeenten
        FROM page JOIN omt_case c ON c.id = page.id JOIN phase p ON p.id = c.current_phase_id
        JOIN omt_table t ON t.id = c.table_id LEFT JOIN partner lp ON lp.id = c.lead_partner_id
        ORDER BY ${order}`)
      return { count, page, params: filter.params, pageParams, limit: query.limit, offset: query.offset }
    })
    return (run) => {
      const statement = prepared[run % prepared.length]
      if (!statement) throw new Error('no case list query')
      statement.count.get(...statement.params)
      return statement.page.all(...statement.pageParams, statement.limit, statement.offset).length
    }
  }
}
