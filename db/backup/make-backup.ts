import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { OmtError } from '../../shared/contract/errors'
import type { BackupMade } from '../../shared/contract/backup.contract'
import { syncFolder } from '../kernel/sync-folder'
import { openKeyedDatabase } from '../vault/open-database'
import type { Vault } from '../vault/vault'
import { BACKUP_EXTENSION, encodePreamble, readPreamble } from './backup-file'
import { type BackupContents, sealManifest } from './backup-manifest'
import type { ProgressMeter } from './backup-progress'
import { copyHashed, withFile } from './byte-copy'
import { PARTIAL_SUFFIX, removeBackupLeftovers, snapshotPath } from './leftovers'
import { integrityOk, schemaVersion, tableCounts } from './table-counts'

/**
 * One back-up, reported done only once what is on the target proved sound.
 *
 * 1. Snapshot: `VACUUM INTO` beside the vault, while holding the connection,
 *    with the row count of every table taken in the same moment. Of the three
 *    ways to copy (research-notes.md) it is the one that keeps the cipher:
 *    `db.backup()` opens its target without a key and SQLite3 Multiple
 *    Ciphers refuses it, `sqlcipher_export()` does not exist there, and an
 *    ATTACH without a key, as `VACUUM INTO` makes, takes the main key. It also
 *    leaves out free pages, so a back-up holds nothing a purge already freed.
 * 2. Check the snapshot on a fresh connection: `integrity_check` (every row)
 *    and every table's count equal to the vault's at the moment of the copy.
 * 3. Write manifest and snapshot to `<name>.tafelbackup.deel` in the target
 *    folder, hashing while writing; fsync.
 * 4. Read it back from the target and compare the digest: the file on the
 *    stick is byte for byte the snapshot that passed step 2.
 * 5. Rename to its own name and fsync the folder.
 * Anything failing removes both files and says so; the vault is only read.
 */
export async function makeBackup(
  vault: Vault,
  folder: string,
  progress: ProgressMeter,
  now = new Date(),
): Promise<BackupMade> {
  const snapshot = snapshotPath(vault.files.database)
  const fileName = freeName(folder, now)
  const partial = join(folder, `${fileName}${PARTIAL_SUFFIX}`)
  removeBackupLeftovers(vault.files.database, folder)
  let dataKey: Buffer | null = null
  try {
    progress.phase('snapshot')
    const taken = await vault.withCommittedState((state) => {
      state.sqlite.prepare('VACUUM INTO ?').run(snapshot)
      const contents: BackupContents = { schema: schemaVersion(state.sqlite), tables: tableCounts(state.sqlite) }
      return { ...state, contents }
    })
    dataKey = taken.dataKey
    progress.phase('check')
    await new Promise((resolve) => setImmediate(resolve))
    checkSnapshot(snapshot, dataKey, taken.contents)
    const bytes = statSync(snapshot).size
    // Hashed once before writing (the manifest that goes first holds the digest), then hashed again as it is written.
    progress.phase('write', 2 * bytes)
    const written = await withFile(partial, 'wx', (target) =>
      withFile(snapshot, 'r', async (source) => {
        const sha256 = await copyHashed(source, 0, bytes, null, (chunk) => progress.advance(chunk))
        const manifest = sealManifest(
          {
            format: 'tafelwerk-backup',
            version: 1,
            createdAt: now.toISOString(),
            header: taken.header,
            anchor: taken.anchorText,
            body: { bytes, sha256 },
          },
          taken.contents,
          taken.dataKey,
        )
        await target.write(encodePreamble(manifest))
        await copyHashed(source, 0, bytes, target, (chunk) => progress.advance(chunk))
        await target.sync()
        return sha256
      }),
    )
    progress.phase('readback', bytes)
    await readBack(partial, written, progress)
    if (existsSync(join(folder, fileName))) throw new OmtError('BACKUP_FAILED')
    renameSync(partial, join(folder, fileName))
    syncFolder(join(folder, fileName))
    return { fileName, folder, bytes: statSync(join(folder, fileName)).size, createdAt: now.toISOString() }
  } catch (error) {
    removeQuietly(partial)
    throw backupError(error)
  } finally {
    dataKey?.fill(0)
    removeBackupLeftovers(vault.files.database, null)
    progress.done()
  }
}

function checkSnapshot(path: string, dataKey: Buffer, expected: BackupContents): void {
  const copy = openKeyedDatabase(path, dataKey, { create: false, readonly: true })
  try {
    if (!integrityOk(copy)) throw new OmtError('BACKUP_FAILED')
    if (schemaVersion(copy) !== expected.schema) throw new OmtError('BACKUP_FAILED')
    if (!sameCounts(tableCounts(copy), expected.tables)) throw new OmtError('BACKUP_FAILED')
  } finally {
    copy.close()
  }
}

export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const names = Object.keys(a)
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name])
}

/** The written file, parsed as a restore would parse it, and its body's digest recomputed from the target. */
async function readBack(path: string, sha256: string, progress: ProgressMeter): Promise<void> {
  const { manifest, bodyOffset } = readPreamble(path)
  if (manifest.body.sha256 !== sha256) throw new OmtError('BACKUP_FAILED')
  const read = await withFile(path, 'r', (file) =>
    copyHashed(file, bodyOffset, manifest.body.bytes, null, (chunk) => progress.advance(chunk)),
  )
  if (read !== sha256) throw new OmtError('BACKUP_FAILED')
}

/** The user's local time in the name, to the second; never the name of a back-up that is already there. */
function freeName(folder: string, now: Date): string {
  const two = (value: number) => String(value).padStart(2, '0')
  const stamp = `${String(now.getFullYear())}-${two(now.getMonth() + 1)}-${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`
  for (let n = 1; ; n++) {
    const name = `tafelwerk-back-up-${stamp}${n === 1 ? '' : `-${String(n)}`}.${BACKUP_EXTENSION}`
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}${PARTIAL_SUFFIX}`))) return name
  }
}

/** A failed back-up's file is removed, but a folder that cannot even be read (it vanished, it is a file) must not hide why it failed. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // Nothing of ours can be there.
  }
}

function backupError(error: unknown): OmtError {
  if (error instanceof OmtError) return error.code === 'BACKUP_DAMAGED' ? new OmtError('BACKUP_FAILED') : error
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') return new OmtError('BACKUP_DISK_FULL')
  if (['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR'].includes(code))
    return new OmtError('BACKUP_NOT_WRITABLE')
  return new OmtError('BACKUP_FAILED')
}
