import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { saveAttachmentCopy } from '../../../db/attachments/save-attachment'
import { reportForExport } from '../../../db/exports/district-report/report-for-export'
import { reportFileName } from '../../../db/exports/district-report/report-file-name'
import { saveReportExport } from '../../../db/exports/district-report/save-report-export'
import {
  processingRegisterFileName,
  saveProcessingRegisterPdf,
  saveSubjectOverviewPdf,
} from '../../../db/exports/privacy-pdf'
import { exportModelFor, defaultFileName } from '../../../db/exports/render-export'
import { buildSubjectOverview } from '../../../db/exports/subject-overview-model'
import { saveExport } from '../../../db/exports/save-export'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import { logFileName, saveLogExport } from '../../../db/processing-log-viewer/save-log-export'
import type { Vault } from '../../../db/vault/vault'
import { PlaywrightRoutePrinter } from './route-printer'

export interface SaveTarget {
  /** Where the "save dialog" puts files; a test may point it at an unwritable folder. */
  folder: string
  /** Plays the user closing the save dialog. */
  cancel: boolean
}

/**
 * The Electron-only `export:save`, `districtReport:save`, `attachment:save` and the privacy PDFs,
 * as the test harness answers them: the same steps as electron/main/export and
 * electron/main/attachment, with the save dialog replaced by a test folder
 * and the hidden print window by a Playwright page on the same route.
 */
export function testExportHandlers(
  vault: () => Vault,
  context: () => BrowserContext,
  target: SaveTarget,
): HandlersFor<
  | 'export:save'
  | 'districtReport:save'
  | 'attachment:save'
  | 'processing-register:save'
  | 'subject-overview:save'
  | 'processing-log:export'
> {
  let printer: { context: BrowserContext; printer: PlaywrightRoutePrinter } | null = null
  const printerFor = (current: BrowserContext) => {
    // A restarted app has a new context; the printer page belongs to the old one.
    if (printer?.context !== current) printer = { context: current, printer: new PlaywrightRoutePrinter(current) }
    return printer.printer
  }
  return {
    'export:save': async (request) => {
      const model = await exportModelFor(vault().db, request)
      if (target.cancel) return { saved: false }
      mkdirSync(target.folder, { recursive: true })
      return saveExport(
        vault().db,
        model,
        request,
        join(target.folder, defaultFileName(model, request.format)),
        printerFor(context()),
      )
    },
    'districtReport:save': async (request) => {
      const report = await reportForExport(vault().db, request)
      if (target.cancel) return { saved: false }
      mkdirSync(target.folder, { recursive: true })
      return saveReportExport(
        report,
        request,
        join(target.folder, reportFileName(report, request.format)),
        printerFor(context()),
      )
    },
    'processing-register:save': async () => {
      if (target.cancel) return { saved: false }
      mkdirSync(target.folder, { recursive: true })
      return saveProcessingRegisterPdf(join(target.folder, processingRegisterFileName()), printerFor(context()))
    },
    'subject-overview:save': async (request) => {
      const overview = await buildSubjectOverview(vault().db, request)
      if (target.cancel) return { saved: false }
      mkdirSync(target.folder, { recursive: true })
      return saveSubjectOverviewPdf(
        overview,
        request,
        join(target.folder, `${overview.fileBaseName}.pdf`),
        printerFor(context()),
      )
    },
    'processing-log:export': async (request) => {
      if (target.cancel) return { saved: false }
      mkdirSync(target.folder, { recursive: true })
      const now = new Date()
      return saveLogExport(vault().db, request, join(target.folder, logFileName(request.format, now)), now)
    },
    'attachment:save': ({ id }) =>
      saveAttachmentCopy(vault().db, id, (fileName) => {
        if (target.cancel) return Promise.resolve(null)
        mkdirSync(target.folder, { recursive: true })
        return Promise.resolve(join(target.folder, fileName))
      }),
  }
}
