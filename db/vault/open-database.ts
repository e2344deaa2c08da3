import Database from 'better-sqlite3-multiple-ciphers'
import type { SqliteDatabase } from '../kernel/sqlite-database'
import { withRawKeyLiteral } from './raw-key'

export type { SqliteDatabase }

/**
 * Opens the SQLCipher 4 database with a raw 256-bit key. The first read proves
 * the key and the file are good before anything is written (WAL, pragmas), so a
 * damaged or foreign file, or one encrypted with another key, is left exactly as it was.
 */
export function openEncryptedDatabase(path: string, dataKey: Buffer, options: { create: boolean }): SqliteDatabase {
  const sqlite = openKeyedDatabase(path, dataKey, options)
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
    sqlite.pragma('journal_mode=WAL')
    sqlite.pragma('synchronous=FULL')
    sqlite.pragma('foreign_keys=ON')
    sqlite.pragma('temp_store=MEMORY')
    sqlite.pragma('secure_delete=ON')
    return sqlite
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/** The file with SQLCipher 4 settings and the key set, nothing read or written yet. */
export function openKeyedDatabase(
  path: string,
  key: Buffer,
  options: { create: boolean; readonly?: boolean } = { create: false },
): SqliteDatabase {
  const sqlite = new Database(path, { fileMustExist: !options.create, readonly: options.readonly ?? false })
  try {
    sqlite.pragma("cipher='sqlcipher'")
    sqlite.pragma('legacy=4')
    withRawKeyLiteral(key, (literal) => sqlite.key(literal))
    return sqlite
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/**
 * Fold every committed frame into the encrypted file and truncate the WAL to
 * zero bytes, so old frames holding values a purge removed are gone. With
 * `secure_delete=ON` (set at open) the freed cells and pages in the file were
 * already overwritten with zeros. True when the checkpoint completed.
 */
export function checkpointTruncate(sqlite: SqliteDatabase): boolean {
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[]
  return result !== undefined && result.busy === 0
}

/**
 * Fold the WAL back into the encrypted file and close. True when nothing is
 * left beside it. On a full disk the checkpoint fails: the connection is
 * closed all the same (a lock must lock), and the WAL keeps every commit for
 * the next open to replay.
 */
export function closeDatabase(sqlite: SqliteDatabase): boolean {
  if (!sqlite.open) return true
  try {
    return checkpointTruncate(sqlite)
  } catch {
    return false
  } finally {
    sqlite.close()
  }
}
