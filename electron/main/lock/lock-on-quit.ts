import { app, type BrowserWindow, powerMonitor } from 'electron'
import { errorName } from '../log/safe-log'

/**
 * Locking checkpoints the WAL into the encrypted file and closes it, so a quit
 * never leaves recent changes in a -wal file beside the database, and the data
 * key is wiped before the process ends. Several events because none covers all
 * cases: on Windows a shutdown or log-off skips `before-quit`/`will-quit` and
 * only the window's `session-end` fires; elsewhere powerMonitor's `shutdown`
 * comes first. Locking an already locked vault does nothing.
 */
export function lockOnQuit(vault: { lock(): void }, window: BrowserWindow): void {
  const lock = (): void => {
    try {
      vault.lock()
    } catch (error) {
      console.error('[tafelwerk] kluis niet netjes gesloten', { errorName: errorName(error) })
    }
  }
  app.on('before-quit', lock)
  app.on('will-quit', lock)
  powerMonitor.on('shutdown', lock)
  window.on('session-end', lock)
}
