import { existsSync } from 'node:fs'
import type { BrowserWindow, OpenDialogOptions } from 'electron'
import { BACKUP_EXTENSION } from '../../../db/backup/backup-file'
import { readBackupSettings } from '../../../db/backup/backup-settings'
import { backupsFor } from '../../../db/backup/backups'
import { restoreSessionFor } from '../../../db/backup/restore-session'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import type { Vault } from '../../../db/vault/vault'
import { askOpenPath } from './open-dialog'

export interface BackupDialogOptions {
  vault: Vault
  mainWindow: () => BrowserWindow | null
}

// Windows' recent documents would list the stick and the back-up's name outside the app.
const folderDialog: OpenDialogOptions = {
  title: 'Map voor back-ups kiezen',
  buttonLabel: 'Kiezen',
  properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
}

const fileDialog: OpenDialogOptions = {
  title: 'Back-up kiezen',
  filters: [{ name: 'Tafelwerk-back-up', extensions: [BACKUP_EXTENSION] }],
  properties: ['openFile', 'dontAddToRecent'],
}

/**
 * The two back-up channels only main can answer, because they open a native
 * dialog: the folder back-ups go to, and a back-up file to restore. What the
 * user picks goes straight to the vault side (backups.ts, restore-session.ts);
 * a cancelled dialog changes nothing, so an earlier folder or pick stays.
 */
export function backupDialogHandlers(
  options: BackupDialogOptions,
): HandlersFor<'backup:choose-folder' | 'restore:choose-file'> {
  return {
    'backup:choose-folder': async () => {
      const folder = await askOpenPath(options.mainWindow(), folderDialog)
      if (folder) backupsFor(options.vault).chooseFolder(folder)
      return { folder }
    },
    'restore:choose-file': async () => {
      const path = await askOpenPath(options.mainWindow(), { ...fileDialog, ...startIn(options.vault) })
      return path ? restoreSessionFor(options.vault).choose(path) : { picked: false }
    },
  }
}

/** Where the back-ups went, when it is there: a stick that is not plugged in leaves the dialog its own default. */
function startIn(vault: Vault): Pick<OpenDialogOptions, 'defaultPath'> {
  const { folder } = readBackupSettings(vault.files.folder)
  return folder && existsSync(folder) ? { defaultPath: folder } : {}
}
