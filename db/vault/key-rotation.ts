import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { syncFolder } from '../kernel/sync-folder'
import type { UnsealedHeader } from './header'
import { openKeyedDatabase, type SqliteDatabase } from './open-database'
import { withRawKeyLiteral } from './raw-key'

/**
 * A data key rotation never re-encrypts the vault in place: SQLite3 Multiple
 * Ciphers' rekey journals pages in a way that a kill during it can leave a
 * file neither key opens (our kill test found this). Instead:
 * 1. a copy of the database is re-encrypted under the next key, checked and synced (`writeRotatedCopy`);
 * 2. the header announces the rotation: the current key's wraps plus the next key's;
 * 3. the copy is renamed over the database (`swapInRotatedCopy`), one atomic step;
 * 4. the header keeps only the next key's wraps.
 * At every moment the header holds a wrap of the key the database file is
 * under; a crash after 2 or 3 is settled at the next unlock by finishRotation.
 */
export function rotatedCopyPath(databasePath: string): string {
  return `${databasePath}.nieuwe-sleutel`
}

/** Removes what an interrupted step 1 left: a copy that is not in use and was never announced as one. */
export function removeRotatedCopy(databasePath: string): void {
  const copy = rotatedCopyPath(databasePath)
  for (const path of [copy, `${copy}-journal`, `${copy}-wal`, `${copy}-shm`]) rmSync(path, { force: true })
}

export function writeRotatedCopy(sqlite: SqliteDatabase, databasePath: string, current: Buffer, next: Buffer): string {
  const copy = rotatedCopyPath(databasePath)
  removeRotatedCopy(databasePath)
  // VACUUM INTO writes the copy under the current key (an ATTACH without a key takes the main database's).
  sqlite.prepare('VACUUM INTO ?').run(copy)
  const target = openKeyedDatabase(copy, current)
  try {
    target.pragma('journal_mode=DELETE')
    withRawKeyLiteral(next, (literal) => target.rekey(literal))
    // Back to WAL before the swap: a file in rollback mode is switched at its first open, and a kill
    // during that switch leaves a hot -journal beside a vault that was sound.
    target.pragma('journal_mode=WAL')
  } finally {
    target.close()
  }
  const check = openKeyedDatabase(copy, next)
  try {
    if (check.pragma('integrity_check', { simple: true }) !== 'ok')
      throw new Error('rotated copy failed its integrity check')
  } finally {
    check.close()
  }
  syncFile(copy)
  return copy
}

/** Step 3, once the database is closed and its WAL folded in. */
export function swapInRotatedCopy(copy: string, databasePath: string): void {
  // A WAL left beside the file would be replayed onto the new one; one that still holds commits must not be dropped.
  if (sizeOf(`${databasePath}-wal`) > 0) throw new Error('the WAL was not folded in before the swap')
  for (const companion of [`${databasePath}-wal`, `${databasePath}-shm`]) rmSync(companion, { force: true })
  renameSync(copy, databasePath)
  syncFolder(databasePath)
}

/**
 * The header once an interrupted rotation is settled: the next key's wraps
 * when that key opened the database, the current ones otherwise. A new
 * recovery key that was never shown cannot count as confirmed, and a data
 * key that was shown is no longer the one in use.
 */
export function finishRotation<H extends UnsealedHeader>(header: H, nextKeyOpened: boolean): H {
  if (!header.rotation) return header
  if (!nextKeyOpened) return { ...header, rotation: null }
  return { ...header, keys: header.rotation, rotation: null, recoveryConfirmed: false, dataKeyShownAt: null }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
