/** The SQLite result code an error carries (better-sqlite3's SqliteError), or null for anything else. */
export function sqliteCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null
}

/**
 * A page that fails SQLCipher's HMAC, or a file that is not (or no longer) a
 * database: SQLite answers SQLITE_CORRUPT (with its extended codes) or
 * SQLITE_NOTADB when such a page is read. An unlock that skipped the full
 * check (closed-stamp.ts) meets bit rot only here, at read time.
 */
export function isDamageError(error: unknown): boolean {
  const code = sqliteCode(error)
  return code !== null && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
}
