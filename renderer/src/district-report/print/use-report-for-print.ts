import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import type { ReportPrintRequest } from '../../../../shared/domain/report-print-route'
import { useVaultQuery } from '../../api/use-vault-query'
import { type PrintLoad, printLoadOf } from '../../print/print-load'

/**
 * The report from the vault, asked afresh for each print job: the print
 * window is reused between exports, and a note saved in between must be in
 * the handout.
 */
export function useReportForPrint({ scope, period, job }: ReportPrintRequest): PrintLoad<DistrictReport> {
  return printLoadOf(useVaultQuery('districtReport:get', { scope, period }, { version: job }), job)
}
