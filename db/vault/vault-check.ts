import { existsSync, rmSync, statSync } from 'node:fs'
import { closedStampMatches } from './closed-stamp'
import { openKeyedDatabase } from './open-database'
import { sqliteCode } from './sqlite-damage'
import type { VaultFiles } from './vault-files'
import { scanWal } from './wal-scan'

/** Which of the given keys opens the vault, once its files proved sound; null when none opens it. */
export type VaultCheck = { state: 'sound'; key: Buffer } | { state: 'damaged' } | { state: 'no-key-opens' }

/**
 * Runs before the vault is opened for work, on a read-only connection, so a
 * damaged vault is found and left byte for byte as it was: a read-write
 * connection would replay and fold in the WAL when it closes.
 *
 * - A damaged `-wal` (wal-scan.ts).
 * - A `-wal` gone while the in-use mark says the last session never closed:
 *   its commits were only in that file.
 * - A page that fails to decrypt, or a file cut short: SQLite reports those
 *   only when the page is read, so `quick_check` reads every page of every
 *   table and index. Every row of its answer is read (a bad page can hide
 *   behind the first one).
 *
 * The last is the slow part (seconds on a large vault), and is skipped for a
 * vault this key closed cleanly and nothing touched since: no in-use mark, no
 * frames in a `-wal`, and a closed stamp that this key made for exactly this
 * file (closed-stamp.ts). Then only page 1 is read, which proves the key.
 */
export function checkVaultFiles(files: VaultFiles, keys: readonly Buffer[]): VaultCheck {
  const walPath = `${files.database}-wal`
  const wal = scanWal(walPath)
  if (wal === 'damaged') return { state: 'damaged' }
  const inUse = existsSync(files.inUse)
  if (wal === 'absent' && inUse) return { state: 'damaged' }
  const closedCleanly = !inUse && !holdsFrames(walPath)
  for (const key of keys) {
    const stamped = closedCleanly && closedStampMatches(files.closedStamp, files.database, key)
    const check = checkWithKey(files.database, key, stamped ? 'key-only' : 'every-page')
    if (check !== 'no-key-opens') return check === 'sound' ? { state: 'sound', key } : { state: 'damaged' }
  }
  return { state: 'no-key-opens' }
}

/**
 * A read-only connection to a WAL database makes an empty `-wal` and a
 * `-shm` that it cannot remove when it closes; a damaged vault is left with
 * exactly the files it had, so the ones this check made go again.
 */
function checkWithKey(path: string, key: Buffer, depth: Depth): 'sound' | 'damaged' | 'no-key-opens' {
  const made = [`${path}-wal`, `${path}-shm`].filter((companion) => !existsSync(companion))
  try {
    return checkOnce(path, key, depth)
  } finally {
    for (const companion of made) if (existsSync(companion) && emptyOrIndex(companion)) rmSync(companion)
  }
}

/** Only a `-wal` with nothing in it is ours to remove; the `-shm` is an index SQLite rebuilds from the `-wal`. */
function emptyOrIndex(companion: string): boolean {
  return companion.endsWith('-shm') || statSync(companion).size === 0
}

/** `key-only`: the file is the one this key's closed stamp names, so page 1 is all that is read. */
type Depth = 'key-only' | 'every-page'

function holdsFrames(walPath: string): boolean {
  try {
    return statSync(walPath).size > 0
  } catch {
    return false
  }
}

function checkOnce(path: string, key: Buffer, depth: Depth): 'sound' | 'damaged' | 'no-key-opens' {
  let sqlite
  try {
    sqlite = openKeyedDatabase(path, key, { create: false, readonly: true })
  } catch {
    return 'damaged'
  }
  try {
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
    } catch (error) {
      // SQLITE_NOTADB: page 1 does not decrypt; another key, or a first page that is damaged.
      // Under the key that stamped this very file it can only be the page.
      return sqliteCode(error) === 'SQLITE_NOTADB' && depth === 'every-page' ? 'no-key-opens' : 'damaged'
    }
    if (depth === 'key-only') return 'sound'
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[]
    return rows.length === 1 && rows[0]?.quick_check === 'ok' ? 'sound' : 'damaged'
  } catch {
    return 'damaged'
  } finally {
    sqlite.close()
  }
}
