import { type RawBuilder, sql } from 'kysely'
import type { CaseListQuery } from '../../shared/contract/case.contract'
import { ftsMatch, toFtsTerms } from '../search/fts-query'

/** The list's filters as conditions on omt_case as c; shared by the page and the count. */
export function filterConditions(filter: CaseListQuery['filter']): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = []
  const among = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`))
  if (filter.phaseIds.length > 0) conditions.push(sql`c.current_phase_id IN (${among(filter.phaseIds)})`)
  if (filter.tableIds.length > 0) conditions.push(sql`c.table_id IN (${among(filter.tableIds)})`)
  if (filter.kinds.length > 0) conditions.push(sql`c.kind IN (${among(filter.kinds)})`)
  // IN (subquery), not EXISTS: SQLite then reads the link table once by its
  // (theme_id, case_id) index instead of probing it for every case.
  if (filter.themeIds.length > 0)
    conditions.push(sql`c.id IN (SELECT case_id FROM case_theme WHERE theme_id IN (${among(filter.themeIds)}))`)
  if (filter.gemeenteIds.length > 0)
    conditions.push(
      sql`c.id IN (SELECT case_id FROM case_gemeente WHERE gemeente_id IN (${among(filter.gemeenteIds)}))`,
    )
  if (filter.text.trim() !== '') {
    const terms = toFtsTerms(filter.text)
    // Only punctuation typed: nothing can match, as in the search field.
    conditions.push(
      terms
        ? sql`c.id IN (SELECT d.ref_id FROM search_document AS d WHERE d.id IN (
            SELECT rowid FROM search_fts WHERE search_fts MATCH ${ftsMatch('case', terms, 'title')}))`
        : sql`0`,
    )
  }
  return conditions
}
