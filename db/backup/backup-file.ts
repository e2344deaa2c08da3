import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { OmtError } from '../../shared/contract/errors'
import { BACKUP_FORMAT_VERSION, Manifest } from './backup-manifest'

/**
 * A back-up is one file, so it cannot lose its keys on the way to a USB stick:
 *
 *     TAFELWERK-BACK-UP 1\n
 *     <manifest: one line of JSON, backup-manifest.ts>\n
 *     <the database: a standard SQLCipher 4 file, byte for byte>
 *
 * Everything after the second newline is the vault's database as SQLite wrote
 * it: `tail -c +N` gives a file any SQLCipher 4 tool opens with the data key.
 */
export const BACKUP_EXTENSION = 'tafelbackup'
const MAGIC = 'TAFELWERK-BACK-UP'
/** A manifest is a few kB; a file that says otherwise is not read into memory. */
const MAX_PREAMBLE_BYTES = 256 * 1024

export interface BackupPreamble {
  manifest: Manifest
  /** Where the database starts. */
  bodyOffset: number
}

export function encodePreamble(manifest: Manifest): Buffer {
  return Buffer.from(`${MAGIC} ${String(BACKUP_FORMAT_VERSION)}\n${JSON.stringify(manifest)}\n`, 'utf8')
}

/**
 * Reads and checks what can be checked without a key: our magic line, a
 * version we know, a manifest of the right shape, and a body exactly as long
 * as it says. The body's digest is checked while it is copied (restore) or
 * read back (back-up), the seal once the key is known.
 */
export function readPreamble(path: string): BackupPreamble {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    throw new OmtError('BACKUP_UNREADABLE')
  }
  try {
    const size = statSync(path).size
    const head = Buffer.alloc(Math.min(size, MAX_PREAMBLE_BYTES))
    readSync(fd, head, 0, head.length, 0)
    const firstBreak = head.indexOf(0x0a)
    const firstLine = head.subarray(0, firstBreak === -1 ? head.length : firstBreak).toString('latin1')
    const magic = /^TAFELWERK-BACK-UP (\d{1,6})$/u.exec(firstLine)
    if (!magic) throw new OmtError('BACKUP_FOREIGN')
    if (Number(magic[1]) > BACKUP_FORMAT_VERSION) throw new OmtError('BACKUP_TOO_NEW')
    if (Number(magic[1]) !== BACKUP_FORMAT_VERSION) throw new OmtError('BACKUP_DAMAGED')
    const secondBreak = head.indexOf(0x0a, firstBreak + 1)
    if (secondBreak === -1) throw new OmtError('BACKUP_DAMAGED')
    const manifest = parseManifest(head.subarray(firstBreak + 1, secondBreak))
    const bodyOffset = secondBreak + 1
    if (size - bodyOffset !== manifest.body.bytes) throw new OmtError('BACKUP_DAMAGED')
    return { manifest, bodyOffset }
  } finally {
    closeSync(fd)
  }
}

function parseManifest(bytes: Buffer): Manifest {
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new OmtError('BACKUP_DAMAGED')
  }
  const parsed = Manifest.safeParse(raw)
  if (!parsed.success) throw new OmtError('BACKUP_DAMAGED')
  return parsed.data
}
