import type { SqliteDatabase } from '../kernel/sqlite-database'

/**
 * Rows per table, SQLite's own tables and FTS5's shadow tables included: a
 * copy that lost rows anywhere does not count the same. Names come from
 * sqlite_schema and are quoted, never taken from outside.
 */
export function tableCounts(sqlite: SqliteDatabase): Record<string, number> {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((name) => [
      name,
      sqlite
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  )
}

/** The newest migration the database has applied: its schema version. */
export function schemaVersion(sqlite: SqliteDatabase): string {
  const name = sqlite.prepare('SELECT max(name) FROM kysely_migration').pluck().get() as string | null
  if (!name) throw new Error('the database has no migrations')
  return name
}

/** `integrity_check`, every row of its answer read: one bad page can hide behind the first. */
export function integrityOk(sqlite: SqliteDatabase): boolean {
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
    return rows.length === 1 && rows[0]?.integrity_check === 'ok'
  } catch {
    return false
  }
}
