import { app } from 'electron'
import type { SecretClipboard } from './secret-clipboard'

/** Enough for one clipboard read; a quit must never hang on the clipboard. */
export const QUIT_WAIT_MS = 2000

/**
 * Holds the quit until a copied key is off the clipboard, if it still holds
 * it. Reading the clipboard is asynchronous, so the clear that locking starts
 * would otherwise be cut short by the process ending. On Windows and macOS
 * the clipboard outlives the app; on Linux the copy is gone with the app
 * anyway, unless a clipboard manager took it over.
 */
export function clearSecretBeforeQuit(secret: Pick<SecretClipboard, 'pending' | 'clearIfOurs'>): void {
  let waited = false
  app.on('before-quit', (event) => {
    if (waited || !secret.pending) return
    event.preventDefault()
    waited = true
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, QUIT_WAIT_MS))
    void Promise.race([secret.clearIfOurs(), timeout]).then(() => app.quit())
  })
}
