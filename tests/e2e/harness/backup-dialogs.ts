import { mkdirSync } from 'node:fs'
import { backupsFor } from '../../../db/backup/backups'
import { restoreSessionFor } from '../../../db/backup/restore-session'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import type { Vault } from '../../../db/vault/vault'

/** What the folder and file dialogs answer in a test; null plays the user closing the dialog. */
export interface BackupDialogs {
  folder: string | null
  file: string | null
}

/**
 * The Electron-only `backup:choose-folder` and `restore:choose-file` as the
 * harness answers them: the same calls as electron/main/backup, with the
 * native dialog replaced by what the test put in `dialogs`.
 */
export function testBackupDialogHandlers(
  vault: () => Vault,
  dialogs: BackupDialogs,
): HandlersFor<'backup:choose-folder' | 'restore:choose-file'> {
  return {
    'backup:choose-folder': () => {
      const { folder } = dialogs
      if (!folder) return Promise.resolve({ folder: null })
      mkdirSync(folder, { recursive: true })
      backupsFor(vault()).chooseFolder(folder)
      return Promise.resolve({ folder })
    },
    'restore:choose-file': () =>
      Promise.resolve(dialogs.file ? restoreSessionFor(vault()).choose(dialogs.file) : { picked: false }),
  }
}
