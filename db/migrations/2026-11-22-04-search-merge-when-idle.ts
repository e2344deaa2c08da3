import { type Kysely, sql } from 'kysely'

/**
 * The search index no longer merges its segments inside the commit that adds
 * one: at the benchmark scale such a merge made an ordinary save take up to
 * 80 ms. The vault merges when it is idle instead (db/vault/idle-maintenance.ts).
 * FTS5 keeps the setting in the index's own config table, so it is set once here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0)`.execute(db)
}
