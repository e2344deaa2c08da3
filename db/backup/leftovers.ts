import { readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { BACKUP_EXTENSION } from './backup-file'

/** The snapshot a back-up takes beside the vault before it copies it out. */
export function snapshotPath(databasePath: string): string {
  return `${databasePath}.back-up`
}

/** Added to a back-up's own name while it is written; renamed to that name only once it was read back. */
export const PARTIAL_SUFFIX = '.deel'

/**
 * What an interrupted back-up left is removed without being opened: a
 * partly written `VACUUM INTO` file with its hot journal opens as an EMPTY
 * database that passes `integrity_check`, and opening it destroys what was
 * there (research-notes.md). Only our own names are touched.
 */
export function removeBackupLeftovers(databasePath: string, targetFolder: string | null): void {
  const snapshot = snapshotPath(databasePath)
  for (const path of [snapshot, `${snapshot}-journal`, `${snapshot}-wal`, `${snapshot}-shm`])
    rmSync(path, { force: true })
  if (!targetFolder) return
  let names: string[]
  try {
    names = readdirSync(targetFolder)
  } catch {
    return
  }
  for (const name of names)
    if (name.endsWith(`.${BACKUP_EXTENSION}${PARTIAL_SUFFIX}`)) rmSync(join(targetFolder, name), { force: true })
}

/** The copy a restore checks beside the vault before it takes the vault's place. */
export function restoreCopyPath(databasePath: string): string {
  return join(dirname(databasePath), `${basename(databasePath)}.herstel`)
}

export function removeRestoreCopy(databasePath: string): void {
  const copy = restoreCopyPath(databasePath)
  for (const path of [copy, `${copy}-journal`, `${copy}-wal`, `${copy}-shm`]) rmSync(path, { force: true })
}
