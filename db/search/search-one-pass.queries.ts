import { sql } from 'kysely'
import { type SearchKind, searchKinds } from '../../shared/domain/search'
import type { Db } from '../kernel/schema/database'
import { ftsMatchAnyKind } from './fts-query'

export interface KindHits {
  total: number
  ids: number[]
}

const isSearchKind = (kind: string): kind is SearchKind => (searchKinds as readonly string[]).includes(kind)

/**
 * Every kind's hits counted and ranked in one pass over the index, when there
 * are at most `atMost` hits in all; null when there are more (then each kind
 * is counted on its own, see search.queries.ts). Counting kind by kind reads
 * the index once per kind, "kind : x AND terms", six passes for one search.
 *
 * The order is the one the per-kind query gives: bm25 weighs the kind column
 * 0, so leaving the kind out of the MATCH changes no score (its statistics are
 * the whole index's either way), and ties go by rowid.
 */
export async function hitsInOnePass(
  db: Db,
  terms: string,
  atMost: number,
  limit: number,
): Promise<Map<SearchKind, KindHits> | null> {
  const match = ftsMatchAnyKind(terms)
  // Counted first without ranking or joining: a common prefix ("a", "de") has
  // tens of thousands of hits, and scoring its first 2,001 for nothing cost
  // more than this whole pass saves.
  const { rows: counted } = await sql<{ n: number }>`SELECT count(*) AS n FROM (
      SELECT rowid FROM search_fts WHERE search_fts MATCH ${match} LIMIT ${atMost + 1})`.execute(db)
  if (Number(counted[0]?.n ?? 0) > atMost) return null
  const { rows } = await sql<{ id: number; kind: string; score: number }>`
    SELECT f.rowid AS id, d.kind, bm25(search_fts, 0.0, 10.0, 1.0) AS score
    FROM search_fts AS f JOIN search_document AS d ON d.id = f.rowid
    WHERE search_fts MATCH ${match}`.execute(db)
  const byKind = new Map<SearchKind, { id: number; score: number }[]>()
  for (const row of rows) {
    if (!isSearchKind(row.kind)) continue
    const hits = byKind.get(row.kind) ?? []
    hits.push(row)
    byKind.set(row.kind, hits)
  }
  const ranked = new Map<SearchKind, KindHits>()
  for (const [kind, hits] of byKind) {
    hits.sort((a, b) => a.score - b.score || a.id - b.id)
    ranked.set(kind, { total: hits.length, ids: hits.slice(0, limit).map((hit) => hit.id) })
  }
  return ranked
}
