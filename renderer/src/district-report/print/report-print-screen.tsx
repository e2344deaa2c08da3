import { useEffect } from 'react'
import type { VaultStatus } from '../../../../shared/contract/vault.contract'
import {
  parseReportPrintRoute,
  type ReportPrintRequest,
  reportPrintToken,
} from '../../../../shared/domain/report-print-route'
import { usePrintRequest } from '../../print/use-print-request'
import { usePrintReadiness } from '../../print/use-print-readiness'
import { HandOutPrintView } from './hand-out-print-view'
import { installReportPageRules } from './report-page-rules'
import { SlidesPrintView } from './slides-print-view'
import { useReportForPrint } from './use-report-for-print'
import './report-print.css'

function ReportPrintDocument({ request }: { request: ReportPrintRequest }) {
  const token = reportPrintToken(request.job)
  const report = useReportForPrint(request)
  const ready = report.state === 'ready' ? report.data : null

  usePrintReadiness(token, report)
  useEffect(() => (ready ? installReportPageRules(request.layout, ready) : undefined), [ready, request.layout])

  if (report.state === 'loading') return null
  if (report.state === 'error')
    return (
      <p role="alert" className="afdruk-melding">
        {report.message}
      </p>
    )
  return request.layout === 'dia' ? <SlidesPrintView report={report.data} /> : <HandOutPrintView report={report.data} />
}

/**
 * `#/afdruk-rapport/dia?…` and `#/afdruk-rapport/hand-out?…`: the report
 * alone, for the hidden print window: no app shell and no lock screen
 * (usePrintRequest).
 */
export function ReportPrintScreen({ status }: { status: VaultStatus | null }) {
  const { request, locked } = usePrintRequest(parseReportPrintRoute, reportPrintToken, status)

  if (!request) return <p className="afdruk-melding">Deze rapportage bestaat niet.</p>
  if (locked) return <p className="afdruk-melding">De kluis is vergrendeld; er is niets af te drukken.</p>
  // Asked for at once, without waiting for the status: the vault answers only while unlocked.
  return <ReportPrintDocument request={request} />
}
