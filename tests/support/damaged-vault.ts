import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { vaultFiles } from '../../db/vault/vault-files'

/**
 * Damage as a disk, a cable pulled out or a hand-edit leaves it, made on the
 * files of a vault that is not open. Each function changes only what its
 * name says, so a test can prove the unlock noticed exactly that.
 */

/** SQLCipher 4's page size, as the vault is made: the unit flips and cuts are placed in. */
export const PAGE_BYTES = 4096
const WAL_HEADER_BYTES = 32
const FRAME_HEADER_BYTES = 24

/** Copies a vault's files (not its folders) as they are this moment, open or not: -shm is left out, as after a reboot. */
export function copyVaultFolder(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    if (name.endsWith('-shm') || !statSync(join(from, name)).isFile()) continue
    copyFileSync(join(from, name), join(to, name))
  }
}

/** Flips a few bytes in the middle of page `page` (1-based); page 2 is the root of the first table ever made. */
export function flipBytesInPage(folder: string, page = 2): void {
  const path = vaultFiles(folder).database
  const bytes = readFileSync(path)
  const at = (page - 1) * PAGE_BYTES + PAGE_BYTES / 2
  if (at + 4 > bytes.length) throw new Error(`the database has no page ${String(page)}`)
  for (let i = 0; i < 4; i++) bytes[at + i] = (bytes[at + i] ?? 0) ^ 0xff
  writeFileSync(path, bytes)
}

/** Cuts the database short in the middle of a page, as a copy that stopped halfway would. */
export function truncateDatabase(folder: string): void {
  const path = vaultFiles(folder).database
  const size = statSync(path).size
  if (size < 4 * PAGE_BYTES) throw new Error('the database is too small to cut short')
  truncateSync(path, Math.floor(size / 2 / PAGE_BYTES) * PAGE_BYTES + 123)
}

/** The -wal of a session that never closed is gone, while its in-use mark stays: its commits are lost. */
export function loseWal(folder: string): void {
  const files = vaultFiles(folder)
  if (!existsSync(files.inUse)) throw new Error('the vault closed cleanly: a missing -wal loses nothing')
  if (!existsSync(`${files.database}-wal`)) throw new Error('there is no -wal to lose')
  rmSync(`${files.database}-wal`)
  rmSync(`${files.database}-shm`, { force: true })
}

/** Where each transaction in the -wal ends: the 0-based index of its commit frame. */
export function walCommitFrames(folder: string): number[] {
  const wal = readFileSync(`${vaultFiles(folder).database}-wal`)
  const pageSize = wal.readUInt32BE(8)
  const frameBytes = FRAME_HEADER_BYTES + pageSize
  const salts = [wal.readUInt32BE(16), wal.readUInt32BE(20)]
  const commits: number[] = []
  for (let frame = 0; WAL_HEADER_BYTES + (frame + 1) * frameBytes <= wal.length; frame++) {
    const offset = WAL_HEADER_BYTES + frame * frameBytes
    // Frames with older salts are left over from before the WAL was last reset: not part of this log.
    if (wal.readUInt32BE(offset + 8) !== salts[0] || wal.readUInt32BE(offset + 12) !== salts[1]) break
    if (wal.readUInt32BE(offset + 4) !== 0) commits.push(frame)
  }
  return commits
}

/**
 * Flips a byte in the page of the first frame of the -wal, which must not be
 * in its last transaction: a bad frame there is a torn write that SQLite
 * rightly drops (wal-scan.ts), not damage.
 */
export function damageEarlyWalFrame(folder: string): void {
  const path = `${vaultFiles(folder).database}-wal`
  const commits = walCommitFrames(folder)
  if (commits.length < 2) throw new Error('the -wal needs two transactions, so its first is not its last')
  const wal = readFileSync(path)
  const at = WAL_HEADER_BYTES + FRAME_HEADER_BYTES + wal.readUInt32BE(8) / 2
  wal[at] = (wal[at] ?? 0) ^ 0x01
  writeFileSync(path, wal)
}

/**
 * Flips a byte in the commit frame of the -wal's last transaction: a torn
 * write, as a power loss mid-commit leaves it. Not damage: that commit was
 * never confirmed, and SQLite drops it.
 */
export function tearLastWalTransaction(folder: string): void {
  const path = `${vaultFiles(folder).database}-wal`
  const last = walCommitFrames(folder).at(-1)
  if (last === undefined) throw new Error('the -wal has no transaction to tear')
  const wal = readFileSync(path)
  const pageSize = wal.readUInt32BE(8)
  const at = WAL_HEADER_BYTES + last * (FRAME_HEADER_BYTES + pageSize) + FRAME_HEADER_BYTES + pageSize / 2
  wal[at] = (wal[at] ?? 0) ^ 0x01
  writeFileSync(path, wal)
}

/** Puts another vault's header beside this database: it unwraps a key, just not this database's. */
export function swapInHeader(folder: string, otherVaultFolder: string): void {
  copyFileSync(vaultFiles(otherVaultFolder).header, vaultFiles(folder).header)
}
