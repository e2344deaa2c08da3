import type { Generated } from 'kysely'

/**
 * Maps a row of the contentless FTS5 index search_fts (same id) to the record
 * it indexes. Written by triggers on the source tables; search_fts itself is
 * queried with raw SQL.
 */
export interface SearchDocumentTable {
  id: Generated<number>
  kind: string
  ref_id: string
}
