import type { DistrictReport, ReportExportFormat } from '../../../shared/contract/district-report.contract'
import type { ReportSaveRequest } from '../../../shared/contract/district-report-export.contract'
import type { RoutePrinter } from '../print-pdf'
import { reportCsv } from './report-csv'
import { writeReportPackage } from './report-package'
import { printReportPdf } from './report-pdf'
import { reportXlsx } from './report-xlsx'

/** The bytes of one report export, in memory only: nothing touches the disk here. */
export function renderReportExport(
  report: DistrictReport,
  request: ReportSaveRequest,
  printer: RoutePrinter,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const format: ReportExportFormat = request.format
  switch (format) {
    case 'slides-pdf':
      return printReportPdf(printer, request, report, 'dia', now)
    case 'handout-pdf':
      return printReportPdf(printer, request, report, 'hand-out', now)
    case 'csv':
      return Promise.resolve(reportCsv(report))
    case 'xlsx':
      return reportXlsx(report)
    case 'package':
      return Promise.resolve(writeReportPackage(report))
  }
}
