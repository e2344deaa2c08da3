import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'

/** Where a vault's files live inside its folder (the Electron user-data folder in the app). */
export interface VaultFiles {
  folder: string
  database: string
  header: string
  /** The processing log's anchor (db/processing-log/log-anchor.ts). */
  logAnchor: string
}

export function vaultFiles(folder: string): VaultFiles {
  const database = join(folder, 'tafelwerk.vault')
  return { folder, database, header: `${database}.header.json`, logAnchor: `${database}.log-anchor.json` }
}

/** Companions SQLite keeps beside the database in WAL mode. */
function allFiles(files: VaultFiles): string[] {
  return [files.database, `${files.database}-wal`, `${files.database}-shm`, files.header, files.logAnchor]
}

export function anyVaultFileExists(files: VaultFiles): boolean {
  return allFiles(files).some((path) => existsSync(path))
}

/**
 * A damaged vault is never deleted or overwritten: its files are renamed with a
 * date stamp, byte for byte unchanged, so a new vault can be made beside them.
 */
export function setAside(files: VaultFiles, now: Date): string[] {
  const stamp = now.toISOString().replace(/[:.]/gu, '-')
  const kept: string[] = []
  for (const path of allFiles(files)) {
    if (!existsSync(path)) continue
    const target = `${path}.beschadigd-${stamp}`
    renameSync(path, target)
    kept.push(target)
  }
  return kept
}
