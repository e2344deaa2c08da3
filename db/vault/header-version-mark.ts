import type { SqliteDatabase } from './open-database'

/**
 * A version 1 header has no MAC. So that nobody can strip the MAC from a
 * newer header by rewriting it as version 1, the database itself (encrypted
 * and authenticated page by page) records that a version 2 header was
 * issued for it, in SQLite's spare user_version field.
 */
const VERSION_2_ISSUED = 1

export function headerVersionMarked(sqlite: SqliteDatabase): boolean {
  return Number(sqlite.pragma('user_version', { simple: true })) >= VERSION_2_ISSUED
}

export function markHeaderVersion(sqlite: SqliteDatabase): void {
  if (!headerVersionMarked(sqlite)) sqlite.pragma(`user_version = ${String(VERSION_2_ISSUED)}`)
}
