import type { BrowserWindow } from 'electron'
import { defaultFileName, exportModelFor } from '../../../db/exports/render-export'
import { saveExport } from '../../../db/exports/save-export'
import type { ElectronHandlers, HandlersFor } from '../../../db/handlers/handler-types'
import type { Vault } from '../../../db/vault/vault'
import { PrintWindowPrinter } from './print-window'
import type { PrintWindowRegistry } from './print-window-registry'
import { askSavePath } from './save-dialog'

/** A print window unused this long is closed: it holds a renderer and the last document in memory. */
export const PRINT_WINDOW_IDLE_MS = 3 * 60_000

export interface ExportSaveOptions {
  vault: Vault
  mainWindow: () => BrowserWindow | null
  documentsFolder: () => string
  preloadPath: string
  isPackaged: boolean
  /** Where the renderer is loaded from: app://tafelwerk/index.html, or the dev server. */
  baseUrl: string
  printWindows: PrintWindowRegistry
}

/**
 * `export:save`: the model first (an empty meeting is refused before any
 * dialog), then the save dialog, then the PDF from the hidden print window
 * or the DOCX from the vault's builder, written atomically and recorded.
 * One export at a time, since they share the print window; the window goes
 * when the vault locks or after a few idle minutes.
 */
export function exportSaveHandlers(options: ExportSaveOptions): HandlersFor<'export:save'> {
  const printer = new PrintWindowPrinter({
    preloadPath: options.preloadPath,
    isPackaged: options.isPackaged,
    baseUrl: options.baseUrl,
    register: (window) => options.printWindows.register(window),
  })
  let idle: ReturnType<typeof setTimeout> | null = null
  let queue: Promise<unknown> = Promise.resolve()
  options.vault.onLock(() => printer.close())

  const save: ElectronHandlers['export:save'] = async (request) => {
    const model = await exportModelFor(options.vault.db, request)
    const target = await askSavePath(
      options.mainWindow(),
      options.documentsFolder(),
      defaultFileName(model, request.format),
      request.format,
    )
    if (!target) return { saved: false }
    if (idle) clearTimeout(idle)
    try {
      return await saveExport(options.vault.db, model, request, target, printer)
    } finally {
      idle = setTimeout(() => printer.close(), PRINT_WINDOW_IDLE_MS)
    }
  }
  return {
    'export:save': (request) => {
      const run = queue.then(() => save(request))
      queue = run.catch(() => undefined)
      return run
    },
  }
}
