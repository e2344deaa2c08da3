import { BrowserWindow } from 'electron'
import type { RoutePrinter } from '../../../db/exports/print-pdf'
import { type ErrorCode, errorCodes, OmtError } from '../../../shared/contract/errors'
import { PRINT_STATE_ATTRIBUTE, printErrorPrefix, printReadyState } from '../../../shared/domain/print-route'
import { secureWebPreferences } from '../window/web-preferences'

/** Long enough for a 60-item meeting on a slow laptop; a hung page must not hang the export. */
const READY_TIMEOUT_MS = 30_000

/** Runs in the print window's page: resolves with the view's state once this print is ready or failed. */
export function waitForStateScript(token: string): string {
  const ready = JSON.stringify(printReadyState(token))
  const failed = JSON.stringify(printErrorPrefix(token))
  return `new Promise((resolve) => {
    const started = Date.now()
    const check = () => {
      const value = document.documentElement.getAttribute(${JSON.stringify(PRINT_STATE_ATTRIBUTE)}) || ''
      if (value === ${ready} || value.startsWith(${failed})) resolve(value)
      else if (Date.now() - started > ${String(READY_TIMEOUT_MS)}) resolve(${failed} + 'EXPORT_FAILED')
      else setTimeout(check, 15)
    }
    check()
  })`
}

export interface PrintWindowOptions {
  preloadPath: string
  isPackaged: boolean
  /** app://tafelwerk/index.html, or the dev server. */
  baseUrl: string
  /** Tells the IPC sender check about the window while it lives. */
  register: (window: BrowserWindow) => () => void
}

/**
 * A hidden window with the main window's secure preferences that shows the
 * print route, waits until the view reports the print ready, and prints it
 * with Chromium: A4 from the CSS, backgrounds, tagged, with an outline. The
 * PDF stays in memory. The window is kept between exports (loading the app
 * costs more than printing); later prints only change the route's hash.
 */
export class PrintWindowPrinter implements RoutePrinter {
  private window: BrowserWindow | null = null

  constructor(private readonly options: PrintWindowOptions) {}

  async print(route: string, token: string, { tagged }: { tagged: boolean }): Promise<Uint8Array> {
    const open = this.window && !this.window.isDestroyed() ? this.window : null
    const window = open ?? this.open()
    if (open) await window.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(`#/${route}`)}`)
    else await window.loadURL(`${this.options.baseUrl}#/${route}`)
    const state = String(await window.webContents.executeJavaScript(waitForStateScript(token)))
    if (state !== printReadyState(token)) {
      const code = state.slice(printErrorPrefix(token).length)
      throw new OmtError((errorCodes as string[]).includes(code) ? (code as ErrorCode) : 'EXPORT_FAILED')
    }
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: tagged,
      generateDocumentOutline: tagged,
    })
    return new Uint8Array(pdf)
  }

  private open(): BrowserWindow {
    const window = new BrowserWindow({
      show: false,
      width: 900,
      height: 1200,
      title: 'Tafelwerk afdruk',
      // Hidden windows are throttled; the view's ready check must not wait on that.
      webPreferences: {
        ...secureWebPreferences(this.options.preloadPath, this.options.isPackaged),
        backgroundThrottling: false,
      },
    })
    const unregister = this.options.register(window)
    window.on('closed', unregister)
    this.window = window
    return window
  }

  /** Drops the window and with it every document it showed. */
  close(): void {
    if (this.window && !this.window.isDestroyed()) this.window.destroy()
    this.window = null
  }
}
