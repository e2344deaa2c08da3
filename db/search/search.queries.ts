import { sql } from 'kysely'
import type { SearchGroup } from '../../shared/contract/search.contract'
import { type SearchKind, searchKindLabels, searchKinds } from '../../shared/domain/search'
import type { Db } from '../kernel/schema/database'
import { ftsMatch, toFtsTerms } from './fts-query'
import { hitsInOnePass } from './search-one-pass.queries'
import { searchResolvers } from './search-resolvers.queries'
import { makeSnippet, snippetTokens } from './snippet'

/**
 * Up to this many hits of a kind are ranked by bm25 (a title hit weighs ten
 * times a body hit). Ranking costs about a microsecond per hit, so a short
 * prefix such as "a" (tens of thousands of hits) is not ranked: title hits
 * come first, newest first, and the user narrows by typing on.
 */
const RANK_AT_MOST = 2000

async function count(db: Db, match: string): Promise<number> {
  const { rows } = await sql<{
    n: number
  }>`SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ${match}`.execute(db)
  return Number(rows[0]?.n ?? 0)
}

async function rowids(db: Db, match: string, order: 'rank' | 'newest', limit: number): Promise<number[]> {
  const { rows } =
    order === 'rank'
      ? await sql<{ id: number }>`SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${match}
          ORDER BY bm25(search_fts, 0.0, 10.0, 1.0), rowid LIMIT ${limit}`.execute(db)
      : await sql<{ id: number }>`SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${match}
          ORDER BY rowid DESC LIMIT ${limit}`.execute(db)
  return rows.map((row) => row.id)
}

/** The best `limit` documents of one kind, and how many there are in all. */
async function topOfKind(
  db: Db,
  kind: SearchKind,
  terms: string,
  limit: number,
): Promise<{ total: number; ids: number[] }> {
  const all = ftsMatch(kind, terms, 'all')
  const total = await count(db, all)
  if (total === 0) return { total, ids: [] }
  if (total <= RANK_AT_MOST) return { total, ids: await rowids(db, all, 'rank', limit) }
  const ids = await rowids(db, ftsMatch(kind, terms, 'title'), 'newest', limit)
  if (ids.length < limit) {
    const seen = new Set(ids)
    for (const id of await rowids(db, all, 'newest', limit * 2)) {
      if (ids.length >= limit) break
      if (!seen.has(id)) ids.push(id)
    }
  }
  return { total, ids }
}

/**
 * The search field: per kind the best hits and the kind's total, in the
 * fixed order of searchKinds. Documents and display data are read for the
 * shown hits only.
 */
export async function searchAll(db: Db, text: string, limitPerKind: number): Promise<{ groups: SearchGroup[] }> {
  const terms = toFtsTerms(text)
  if (!terms) return { groups: [] }
  const tokens = snippetTokens(text)

  // Most searches have few enough hits to count and rank them all in one pass.
  const onePass = await hitsInOnePass(db, terms, RANK_AT_MOST, limitPerKind)
  const groups: SearchGroup[] = []
  for (const kind of searchKinds) {
    const { total, ids } = onePass
      ? (onePass.get(kind) ?? { total: 0, ids: [] })
      : await topOfKind(db, kind, terms, limitPerKind)
    if (ids.length === 0) continue
    const { rows: documents } = await sql<{ id: number; ref_id: string }>`
      SELECT id, ref_id FROM search_document WHERE id IN (${sql.join(ids)})`.execute(db)
    const byId = new Map(documents.map((doc) => [doc.id, doc]))
    const display = await searchResolvers[kind](
      db,
      documents.map((doc) => doc.ref_id),
    )
    const results = ids.flatMap((id) => {
      const doc = byId.get(id)
      const shown = doc && display.get(doc.ref_id)
      if (!doc || !shown) return []
      const { body, subjectKind = null, ...result } = shown
      return [{ kind, id: doc.ref_id, ...result, subjectKind, snippet: makeSnippet(body, tokens) }]
    })
    groups.push({ kind, label: searchKindLabels[kind], total, results })
  }
  return { groups }
}
