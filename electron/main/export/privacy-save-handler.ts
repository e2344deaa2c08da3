import type { BrowserWindow } from 'electron'
import { buildSubjectOverview } from '../../../db/exports/subject-overview-model'
import {
  processingRegisterFileName,
  saveProcessingRegisterPdf,
  saveSubjectOverviewPdf,
} from '../../../db/exports/privacy-pdf'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import type { Vault } from '../../../db/vault/vault'
import type { PrintSession } from './print-session'
import { askSavePath } from './save-dialog'

export interface PrivacySaveOptions {
  vault: Vault
  mainWindow: () => BrowserWindow | null
  documentsFolder: () => string
  /** The hidden print window the minutes' export uses too. */
  printing: PrintSession
}

/**
 * `processing-register:save` and `subject-overview:save`: for the overview the
 * data first (an unknown subject is refused before any dialog), then the save
 * dialog, then the PDF from the shared hidden print window.
 */
export function privacySaveHandlers(
  options: PrivacySaveOptions,
): HandlersFor<'processing-register:save' | 'subject-overview:save'> {
  return {
    'processing-register:save': () =>
      options.printing.run(async (printer) => {
        const target = await askSavePath(
          options.mainWindow(),
          options.documentsFolder(),
          processingRegisterFileName(),
          'pdf',
        )
        if (!target) return { saved: false }
        return saveProcessingRegisterPdf(target, printer)
      }),
    'subject-overview:save': (request) =>
      options.printing.run(async (printer) => {
        const overview = await buildSubjectOverview(options.vault.db, request)
        const target = await askSavePath(
          options.mainWindow(),
          options.documentsFolder(),
          `${overview.fileBaseName}.pdf`,
          'pdf',
        )
        if (!target) return { saved: false }
        return saveSubjectOverviewPdf(overview, request, target, printer)
      }),
  }
}
