import type { BrowserWindow } from 'electron'
import { defaultFileName, exportModelFor } from '../../../db/exports/render-export'
import { saveExport } from '../../../db/exports/save-export'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import type { Vault } from '../../../db/vault/vault'
import type { PrintSession } from './print-session'
import { askSavePath } from './save-dialog'

export interface ExportSaveOptions {
  vault: Vault
  mainWindow: () => BrowserWindow | null
  documentsFolder: () => string
  /** The hidden print window, shared with the district report's export. */
  printing: PrintSession
}

/**
 * `export:save`: the model first (an empty meeting is refused before any
 * dialog), then the save dialog, then the PDF from the hidden print window
 * or the DOCX from the vault's builder, written atomically and recorded.
 * One export at a time, since they share the print window.
 */
export function exportSaveHandlers(options: ExportSaveOptions): HandlersFor<'export:save'> {
  return {
    'export:save': (request) =>
      options.printing.run(async (printer) => {
        const model = await exportModelFor(options.vault.db, request)
        const target = await askSavePath(
          options.mainWindow(),
          options.documentsFolder(),
          defaultFileName(model, request.format),
          request.format,
        )
        if (!target) return { saved: false }
        return saveExport(options.vault.db, model, request, target, printer)
      }),
  }
}
