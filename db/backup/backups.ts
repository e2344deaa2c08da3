import type { BackupMade, BackupStatus } from '../../shared/contract/backup.contract'
import { OmtError } from '../../shared/contract/errors'
import { getSettings } from '../settings/settings.queries'
import type { Vault } from '../vault/vault'
import { ProgressMeter } from './backup-progress'
import { readBackupSettings, writeBackupSettings } from './backup-settings'
import { makeBackup } from './make-backup'
import { onePerVault } from './one-per-vault'

const DAY_MS = 24 * 60 * 60 * 1000

/** The back-ups of one vault: where they go, whether one is due, and one running at a time with its progress. */
export class Backups {
  readonly progress = new ProgressMeter()

  constructor(private readonly vault: Vault) {}

  async status(now = new Date()): Promise<BackupStatus> {
    const { folder, lastBackupAt } = readBackupSettings(this.vault.files.folder)
    const { backupReminderDays } = await getSettings(this.vault.db)
    const due = !lastBackupAt || now.getTime() - Date.parse(lastBackupAt) > backupReminderDays * DAY_MS
    return { folder, lastBackupAt, reminderDays: backupReminderDays, due }
  }

  chooseFolder(folder: string): void {
    writeBackupSettings(this.vault.files.folder, { ...readBackupSettings(this.vault.files.folder), folder })
  }

  async make(now = new Date()): Promise<BackupMade> {
    if (this.progress.running) throw new OmtError('BACKUP_RUNNING')
    const settings = readBackupSettings(this.vault.files.folder)
    if (!settings.folder) throw new OmtError('BACKUP_NO_FOLDER')
    const made = await makeBackup(this.vault, settings.folder, this.progress, now)
    writeBackupSettings(this.vault.files.folder, { ...settings, lastBackupAt: made.createdAt })
    return made
  }
}

export const backupsFor = onePerVault((vault) => new Backups(vault))
