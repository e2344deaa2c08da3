import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { replaceFileDurably } from '../kernel/replace-file'

/**
 * Where back-ups go and when the last one was made, in a small file beside
 * the vault rather than inside it: a damaged vault cannot be opened, and
 * that is exactly when the newest back-up must be found. It holds a folder
 * path and a time, no case data.
 */
const BackupSettings = z.object({
  folder: z.string().min(1).max(4096).nullable(),
  lastBackupAt: z.iso.datetime().nullable(),
})
export type BackupSettings = z.output<typeof BackupSettings>

const NONE: BackupSettings = { folder: null, lastBackupAt: null }

export function backupSettingsPath(vaultFolder: string): string {
  return join(vaultFolder, 'tafelwerk.back-ups.json')
}

export function readBackupSettings(vaultFolder: string): BackupSettings {
  try {
    const parsed = BackupSettings.safeParse(JSON.parse(readFileSync(backupSettingsPath(vaultFolder), 'utf8')))
    return parsed.success ? parsed.data : NONE
  } catch {
    return NONE
  }
}

export function writeBackupSettings(vaultFolder: string, settings: BackupSettings): void {
  const path = backupSettingsPath(vaultFolder)
  replaceFileDurably(path, `${JSON.stringify(BackupSettings.parse(settings), null, 2)}\n`)
}
