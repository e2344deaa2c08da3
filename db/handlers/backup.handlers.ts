import { backupsFor } from '../backup/backups'
import { restoreSessionFor } from '../backup/restore-session'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

type BackupChannel =
  | 'backup:status'
  | 'backup:make'
  | 'backup:progress'
  | 'restore:choose-newest'
  | 'restore:inspect'
  | 'restore:apply'
  | 'restore:cancel'

/** Back-up and restore; the folder and file dialogs are main's (electron/main/backup). */
export function backupHandlers(vault: Vault): HandlersFor<BackupChannel> {
  const backups = backupsFor(vault)
  const restore = restoreSessionFor(vault)
  return {
    'backup:status': () => backups.status(),
    'backup:make': () => backups.make(),
    'backup:progress': () => Promise.resolve(backups.progress.value),
    'restore:choose-newest': () => Promise.resolve(restore.chooseNewest()),
    'restore:inspect': (secret) => restore.inspect(secret),
    'restore:apply': (passphrase) => restore.apply(passphrase),
    'restore:cancel': () => {
      restore.cancel()
      return Promise.resolve({})
    },
  }
}
