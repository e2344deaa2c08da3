import type { DistrictReport } from '../../../shared/contract/district-report.contract'
import type { ReportSaveRequest } from '../../../shared/contract/district-report-export.contract'
import { OmtError } from '../../../shared/contract/errors'
import { districtReportFor } from '../../district-report/district-report'
import type { Db } from '../../kernel/schema/database'

/**
 * The report an export writes, built before any dialog opens: a scope that
 * had no case at all by the period's end is refused at once (the screen shows
 * its honest empty state; a file of dashes helps nobody).
 */
export async function reportForExport(db: Db, request: ReportSaveRequest): Promise<DistrictReport> {
  const report = await districtReportFor(db, { scope: request.scope, period: request.period })
  if (report.empty) throw new OmtError('REPORT_EMPTY')
  return report
}
