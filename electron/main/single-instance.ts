import { app, type BrowserWindow } from 'electron'

/**
 * Two processes must never open the same vault file: SQLite would cope, but
 * locking one window would leave the other unlocked. A second start brings the
 * running window forward instead. Returns false when this process should quit.
 */
export function claimSingleInstance(currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', () => {
    const window = currentWindow()
    if (!window || window.isDestroyed()) return
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  })
  return true
}
