import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { syncFolder } from '../kernel/sync-folder'
import { join } from 'node:path'

/** Where a vault's files live inside its folder (the Electron user-data folder in the app). */
export interface VaultFiles {
  folder: string
  database: string
  header: string
  /** The processing log's anchor (db/processing-log/log-anchor.ts). */
  logAnchor: string
  /**
   * Present while a session may have commits only in the `-wal`: written at
   * open, removed once the WAL is folded in and the database closed. A `-wal`
   * missing while it is present means confirmed saves were lost (vault-check.ts).
   */
  inUse: string
  /**
   * Present only while the vault is closed: it names the database file as a
   * clean lock left it, so the next unlock may skip the full check
   * (closed-stamp.ts). Set aside and restored with the other files.
   */
  closedStamp: string
}

export function vaultFiles(folder: string): VaultFiles {
  const database = join(folder, 'tafelwerk.vault')
  return {
    folder,
    database,
    header: `${database}.header.json`,
    logAnchor: `${database}.log-anchor.json`,
    inUse: `${database}.in-use`,
    closedStamp: `${database}.closed`,
  }
}

/** Companions SQLite keeps beside the database in WAL mode. */
export function allFiles(files: VaultFiles): string[] {
  return [
    files.database,
    `${files.database}-wal`,
    `${files.database}-shm`,
    files.header,
    files.logAnchor,
    files.inUse,
    files.closedStamp,
  ]
}

export function anyVaultFileExists(files: VaultFiles): boolean {
  return allFiles(files).some((path) => existsSync(path))
}

/**
 * A damaged vault, or the one a restore replaces, is never deleted or
 * overwritten: its files are renamed with a label and a date stamp, byte for
 * byte unchanged, so a new or restored vault can take their place.
 */
export function setAside(files: VaultFiles, now: Date, label = 'beschadigd'): string[] {
  const stamp = now.toISOString().replace(/[:.]/gu, '-')
  const kept: string[] = []
  for (const path of allFiles(files)) {
    if (!existsSync(path)) continue
    const target = `${path}.${label}-${stamp}`
    renameSync(path, target)
    kept.push(target)
  }
  return kept
}

/** The in-use mark is written before the first write of a session; its content says nothing, its presence does. */
export function markInUse(files: VaultFiles): void {
  writeFileSync(files.inUse, '', { mode: 0o600 })
  syncFolder(files.inUse)
}

/** Only once the WAL is folded in and the database closed. */
export function clearInUse(files: VaultFiles): void {
  rmSync(files.inUse, { force: true })
}
