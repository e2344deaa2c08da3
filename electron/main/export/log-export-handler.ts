import type { BrowserWindow } from 'electron'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import { logExtensions, logFileName, saveLogExport } from '../../../db/processing-log-viewer/save-log-export'
import type { Vault } from '../../../db/vault/vault'
import { askSavePath } from './save-dialog'

export interface LogExportOptions {
  vault: Vault
  mainWindow: () => BrowserWindow | null
  documentsFolder: () => string
}

const fileTypes = { csv: 'CSV-bestand (puntkomma’s)', json: 'JSON (OpenTelemetry)' } as const

/** `processing-log:export`: the save dialog, then the filtered entries written atomically where the user chose. */
export function logExportHandlers(options: LogExportOptions): HandlersFor<'processing-log:export'> {
  return {
    'processing-log:export': async (request) => {
      const now = new Date()
      const target = await askSavePath(
        options.mainWindow(),
        options.documentsFolder(),
        logFileName(request.format, now),
        {
          title: 'Verwerkingenlog exporteren',
          filters: [{ name: fileTypes[request.format], extensions: [logExtensions[request.format]] }],
        },
      )
      if (!target) return { saved: false }
      return saveLogExport(options.vault.db, request, target, now)
    },
  }
}
