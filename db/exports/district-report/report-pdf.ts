import { randomBytes } from 'node:crypto'
import type { DistrictReport, ReportRequest } from '../../../shared/contract/district-report.contract'
import { periodLabel } from '../../../shared/domain/report-period'
import {
  type ReportPrintLayout,
  reportPrintRoutePath,
  reportPrintToken,
} from '../../../shared/domain/report-print-route'
import { loadPdf, setPdfProperties } from '../pdf-properties'
import type { RoutePrinter } from '../print-pdf'
import { reportHeading } from './report-heading'

const subjects: Record<ReportPrintLayout, string> = {
  dia: 'Dia’s, één per pagina (cijfers indicatief)',
  'hand-out': 'Hand-out met dia’s en notities (cijfers indicatief)',
}

/**
 * The slides (one 1280×720 page per slide, from the view's @page) or the
 * A4 hand-out, printed by Chromium from the report print route, with the
 * document properties a reader's PDF viewer shows. One print: the report's
 * pages need no measuring.
 */
export async function printReportPdf(
  printer: RoutePrinter,
  request: ReportRequest,
  report: DistrictReport,
  layout: ReportPrintLayout,
  now: Date,
): Promise<Uint8Array> {
  const job = randomBytes(8).toString('hex')
  const route = reportPrintRoutePath({ layout, scope: request.scope, period: request.period, job })
  const document = await loadPdf(await printer.print(route, reportPrintToken(job), { tagged: true }))
  return setPdfProperties(document, {
    title: `${reportHeading(report)}${layout === 'hand-out' ? ' (hand-out)' : ''}`,
    author: 'Tafelwerk',
    subject: `${subjects[layout]}, ${report.scopeLabel}, ${periodLabel(report.period)}`,
    createdAt: now,
  })
}
