import { BrowserWindow, screen } from 'electron'
import { errorName } from '../log/safe-log'
import { secureWebPreferences } from './web-preferences'
import { MIN_SIZE, restoreBounds } from './window-bounds'
import { readWindowState, writeWindowState } from './window-state-file'

export interface MainWindowOptions {
  preloadPath: string
  isPackaged: boolean
  /** JSON file with the remembered size and position. */
  statePath: string
}

/**
 * The one application window, reopened where the user left it. It stays hidden
 * until the first paint so no white flash shows; the caller loads the URL.
 */
export function createMainWindow({ preloadPath, isPackaged, statePath }: MainWindowOptions): BrowserWindow {
  const saved = readWindowState(statePath)
  const bounds = restoreBounds(
    saved?.bounds ?? null,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  )
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Tafelwerk',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, isPackaged),
  })
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    // getNormalBounds: the size to return to when a maximized window is restored.
    try {
      writeWindowState(statePath, { bounds: window.getNormalBounds(), maximized: window.isMaximized() })
    } catch (error) {
      console.error('[tafelwerk] vensterpositie niet bewaard', { errorName: errorName(error) })
    }
  })
  return window
}
