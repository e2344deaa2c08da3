import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import type { ReportPrintRequest } from '../../../../shared/domain/report-print-route'
import { useVaultQuery } from '../../api/use-vault-query'

export type ReportForPrint =
  { state: 'loading' } | { state: 'ready'; report: DistrictReport } | { state: 'error'; code: string; message: string }

/**
 * The report from the vault, asked afresh for each print job: the print
 * window is reused between exports, and a note saved in between must be in
 * the handout.
 */
export function useReportForPrint({ scope, period, job }: ReportPrintRequest): ReportForPrint {
  const query = useVaultQuery('districtReport:get', { scope, period }, { version: job })
  // A new job shows loading again, as the print window waits for the fresh report.
  const answered = !query.loading && query.answeredVersion === job
  if (query.error && query.errorCode && answered) return { state: 'error', code: query.errorCode, message: query.error }
  if (query.data && answered) return { state: 'ready', report: query.data }
  return { state: 'loading' }
}
