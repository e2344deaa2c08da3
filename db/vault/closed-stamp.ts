import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { readFileSync, rmSync, statSync } from 'node:fs'
import { replaceFileDurably } from '../kernel/replace-file'
import { canonicalJson } from './header-mac'

/**
 * The "closed cleanly" stamp beside the vault: written at lock, once the WAL
 * is folded in and the in-use mark cleared, it names the database file as it
 * was left (size, inode, mtime and ctime in nanoseconds) under an HMAC with a
 * key derived from the data key. An unlock that finds it matching the file
 * exactly, with no in-use mark and no frames in a `-wal`, skips the full
 * `quick_check` (vault-check.ts): the file is byte for byte the one this
 * vault closed, so only page 1 is read, which proves the key.
 *
 * - Only the data key makes a stamp: one edited by hand, or carried from
 *   another vault, does not verify.
 * - The inode ties it to this file: a copy, a restore or a rotated file is
 *   another file, and gets the full check.
 * - The ctime moves with every write and rename and cannot be set back by
 *   ordinary tools (`touch -r`, `cp -p` and `rsync -a` restore the mtime,
 *   not the ctime), so a file overwritten in place gets the full check too.
 * - It is removed when the vault opens for work: it describes a closed file.
 *
 * What it cannot see is damage that leaves every one of those alone (bit
 * rot); SQLCipher's per-page HMAC still refuses such a page when it is read,
 * and the read answers VAULT_DAMAGED (sqlite-damage.ts).
 */
const STAMP_LABEL = 'tafelwerk-vault/1/closed-stamp'
const FORMAT = 'tafelwerk-closed-stamp'

export interface FileIdentity {
  size: string
  ino: string
  mtimeNs: string
  ctimeNs: string
}

interface Stamp {
  format: typeof FORMAT
  version: 1
  file: FileIdentity
  mac: string
}

export function identityOf(databasePath: string): FileIdentity {
  const stat = statSync(databasePath, { bigint: true })
  return {
    size: stat.size.toString(),
    ino: stat.ino.toString(),
    mtimeNs: stat.mtimeNs.toString(),
    ctimeNs: stat.ctimeNs.toString(),
  }
}

function macOf(file: FileIdentity, dataKey: Buffer): Buffer {
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), STAMP_LABEL, 32))
  try {
    return createHmac('sha256', key)
      .update(canonicalJson({ format: FORMAT, version: 1, file }))
      .digest()
  } finally {
    key.fill(0)
  }
}

/** The stamp's text for a file with this identity; `file` is kept in it only for a person reading it. */
export function stampText(file: FileIdentity, dataKey: Buffer): string {
  const stamp: Stamp = { format: FORMAT, version: 1, file, mac: macOf(file, dataKey).toString('base64') }
  return `${JSON.stringify(stamp)}\n`
}

export function writeClosedStamp(stampPath: string, databasePath: string, dataKey: Buffer): void {
  replaceFileDurably(stampPath, stampText(identityOf(databasePath), dataKey))
}

/** True only for a stamp this key made for the database file exactly as it is now. */
export function closedStampMatches(stampPath: string, databasePath: string, dataKey: Buffer): boolean {
  let stamp: Partial<Stamp>
  let now: FileIdentity
  try {
    stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as Partial<Stamp>
    now = identityOf(databasePath)
  } catch {
    return false
  }
  if (stamp.format !== FORMAT || stamp.version !== 1 || typeof stamp.mac !== 'string') return false
  const expected = macOf(now, dataKey)
  const given = Buffer.from(stamp.mac, 'base64')
  // The MAC over the file as it is now: any field that differs, or a stamp made under another key, fails.
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function removeClosedStamp(stampPath: string): void {
  rmSync(stampPath, { force: true })
  rmSync(`${stampPath}.tmp`, { force: true })
}
