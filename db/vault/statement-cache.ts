import type { Database as SqliteDatabase, Statement } from 'better-sqlite3-multiple-ciphers'
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely'

/** Enough for every distinct query the app runs in a session; queries with lists of varying length come and go. */
export const STATEMENT_CACHE_SIZE = 400

/**
 * Kysely's SQLite driver prepares every query anew, and preparing (parsing and
 * planning the SQL) cost more than running most of our queries: about 0.9 ms
 * of the 4.5 ms it takes to record a decision. Kysely builds the same SQL text
 * for the same query shape, so the prepared statement is kept per text and
 * reused, least recently used out first.
 *
 * A statement still being iterated (a streamed query) cannot run a second time
 * at once; then a fresh one is prepared. SQLite re-prepares a kept statement
 * by itself when a migration changes the schema.
 */
export function withStatementCache(sqlite: SqliteDatabase, size = STATEMENT_CACHE_SIZE): KyselySqliteDatabase {
  const kept = new Map<string, Statement>()
  return {
    close: () => {
      kept.clear()
      sqlite.close()
    },
    prepare: (sql: string) => {
      const statement = kept.get(sql)
      if (statement && !statement.busy) {
        // Re-inserted, so the map's order is least recently used first.
        kept.delete(sql)
        kept.set(sql, statement)
        return statement
      }
      const fresh = sqlite.prepare(sql)
      if (!statement) {
        kept.set(sql, fresh)
        if (kept.size > size) kept.delete(kept.keys().next().value as string)
      }
      return fresh
    },
  }
}
