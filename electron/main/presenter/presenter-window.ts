import { BrowserWindow, screen } from 'electron'
import { presenterRoutePath } from '../../../shared/domain/presenter-route'
import { secureWebPreferences } from '../window/web-preferences'
import { presenterBounds, presenterDisplay } from './presenter-display'

export interface PresenterWindowOptions {
  preloadPath: string
  isPackaged: boolean
  /** app://tafelwerk/index.html, or the dev server. */
  baseUrl: string
  mainWindow: () => BrowserWindow | null
}

/**
 * The presenter view's window: the main window's secure preferences, on
 * another display than the main window's. There is one at a time; opening
 * it again for a new presentation shows the new session in the same window.
 * It reads the slides from the presentation over a BroadcastChannel, so it
 * needs almost nothing from the vault (see PRESENTER_WINDOW_CHANNELS).
 */
export class PresenterWindow {
  private window: BrowserWindow | null = null

  constructor(private readonly options: PresenterWindowOptions) {}

  async open(session: string): Promise<void> {
    const url = `${this.options.baseUrl}#/${presenterRoutePath(session)}`
    const existing = this.window && !this.window.isDestroyed() ? this.window : null
    const window = existing ?? this.create()
    await window.loadURL(url)
    window.show()
    window.focus()
  }

  private create(): BrowserWindow {
    const display = presenterDisplay(
      screen.getAllDisplays(),
      this.options.mainWindow()?.getBounds() ?? null,
      screen.getPrimaryDisplay().id,
    )
    const window = new BrowserWindow({
      ...(display ? presenterBounds(display) : {}),
      show: false,
      title: 'Tafelwerk presentator',
      backgroundColor: '#ffffff',
      // The timer keeps running while the window is behind another one.
      webPreferences: {
        ...secureWebPreferences(this.options.preloadPath, this.options.isPackaged),
        backgroundThrottling: false,
      },
    })
    window.on('closed', () => {
      if (this.window === window) this.window = null
    })
    this.window = window
    return window
  }

  /** The window alive now, for the IPC sender check and for closing with the app. */
  live(): BrowserWindow[] {
    return this.window && !this.window.isDestroyed() ? [this.window] : []
  }

  close(): void {
    if (this.window && !this.window.isDestroyed()) this.window.destroy()
    this.window = null
  }
}
