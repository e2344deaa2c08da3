import { basename } from 'node:path'
import type { DistrictReport } from '../../../shared/contract/district-report.contract'
import type { ReportSaveRequest, ReportSaveResult } from '../../../shared/contract/district-report-export.contract'
import { writeFileAtomically } from '../../kernel/write-file-atomically'
import type { RoutePrinter } from '../print-pdf'
import { renderReportExport } from './render-report-export'

/**
 * The last steps of a report export, the same in the app and in the tests:
 * render, then write atomically where the user chose (never a temp folder).
 * A not-writable folder or a full disk leaves no half file and says so in
 * Dutch (EXPORT_NOT_WRITABLE, EXPORT_DISK_FULL).
 */
export async function saveReportExport(
  report: DistrictReport,
  request: ReportSaveRequest,
  target: string,
  printer: RoutePrinter,
): Promise<ReportSaveResult> {
  const bytes = await renderReportExport(report, request, printer)
  await writeFileAtomically(target, bytes)
  return { saved: true, fileName: basename(target) }
}
