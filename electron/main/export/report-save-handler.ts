import type { BrowserWindow, FileFilter } from 'electron'
import { reportForExport } from '../../../db/exports/district-report/report-for-export'
import { reportExtensions, reportFileName } from '../../../db/exports/district-report/report-file-name'
import { saveReportExport } from '../../../db/exports/district-report/save-report-export'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import type { Vault } from '../../../db/vault/vault'
import type { ReportExportFormat } from '../../../shared/contract/district-report.contract'
import type { PrintSession } from './print-session'
import { askSavePath } from './save-dialog'

const fileTypes: Record<ReportExportFormat, string> = {
  'slides-pdf': 'PDF-document (dia’s)',
  'handout-pdf': 'PDF-document (hand-out)',
  csv: 'CSV-bestand (puntkomma’s)',
  xlsx: 'Excel-werkmap',
  package: 'Tafelwerk-rapport',
}

const dialogFilter = (format: ReportExportFormat): FileFilter => ({
  name: fileTypes[format],
  extensions: [reportExtensions[format]],
})

export interface ReportSaveOptions {
  vault: Vault
  mainWindow: () => BrowserWindow | null
  documentsFolder: () => string
  /** The hidden print window the minutes' export uses too. */
  printing: PrintSession
}

/**
 * `districtReport:save`: the report first (an unknown scope or an empty one
 * is refused before any dialog), then the save dialog with the format's
 * extension, then the file: PDFs from the shared hidden print window, the
 * tables and the package from the vault's writers, written atomically.
 */
export function reportSaveHandlers(options: ReportSaveOptions): HandlersFor<'districtReport:save'> {
  return {
    'districtReport:save': (request) =>
      options.printing.run(async (printer) => {
        const report = await reportForExport(options.vault.db, request)
        const target = await askSavePath(
          options.mainWindow(),
          options.documentsFolder(),
          reportFileName(report, request.format),
          { title: 'Rapport exporteren', filters: [dialogFilter(request.format)] },
        )
        if (!target) return { saved: false }
        return saveReportExport(report, request, target, printer)
      }),
  }
}
