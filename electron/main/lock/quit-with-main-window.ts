import { app, type BrowserWindow } from 'electron'
import { errorName } from '../log/safe-log'

export interface QuitWithMainWindowOptions {
  vault: { lock(): void }
  /** The hidden print windows alive now. */
  printWindows: () => BrowserWindow[]
  /** Stops what runs beside the window (the auto-lock timer). */
  stop: () => void
}

/**
 * The main window is the app: closing it locks the vault and quits. Electron's
 * `window-all-closed` is not enough, because it never fires while a hidden
 * print window lives (one stays for minutes after an export), and the app
 * would run on unseen with the vault unlocked. The print windows go too: they
 * hold the last exported document and count as open windows.
 */
export function quitWithMainWindow(window: BrowserWindow, options: QuitWithMainWindowOptions): void {
  window.on('closed', () => {
    try {
      options.vault.lock()
    } catch (error) {
      // Vault.lock wipes the key even when closing the file fails; quit either way.
      console.error('[tafelwerk] kluis niet netjes gesloten', { errorName: errorName(error) })
    }
    for (const printWindow of options.printWindows()) printWindow.destroy()
    options.stop()
    app.quit()
  })
}
