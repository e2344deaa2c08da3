import { useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import type { VaultStatus } from '../../../../shared/contract/vault.contract'
import {
  parseReportPrintRoute,
  type ReportPrintRequest,
  reportPrintToken,
} from '../../../../shared/domain/report-print-route'
import { loadPrintFonts } from '../../print/print-fonts'
import { reportPrintBusy, reportPrintError, reportPrintReady } from '../../print/print-state'
import { HandOutPrintView } from './hand-out-print-view'
import { installReportPageRules } from './report-page-rules'
import { SlidesPrintView } from './slides-print-view'
import { useReportForPrint } from './use-report-for-print'
import './report-print.css'

function ReportPrintDocument({ request }: { request: ReportPrintRequest }) {
  const token = reportPrintToken(request.job)
  const report = useReportForPrint(request)
  const ready = report.state === 'ready' ? report.report : null

  useLayoutEffect(() => {
    reportPrintBusy(token)
    // In parallel with the report: the fonts are needed anyway.
    void loadPrintFonts().catch(() => undefined)
  }, [token])
  useEffect(() => (ready ? installReportPageRules(request.layout, ready) : undefined), [ready, request.layout])
  useEffect(() => {
    if (report.state === 'error') {
      reportPrintError(token, report.code)
      return undefined
    }
    if (report.state !== 'ready') return undefined
    let live = true
    // After the fonts and one frame, so the printer sees the laid-out slides in their own font.
    // A font that fails to load is no reason to print nothing: Chromium falls back to a system font.
    void loadPrintFonts()
      .catch(() => undefined)
      .then(() => {
        requestAnimationFrame(() => {
          if (live) reportPrintReady(token)
        })
      })
    return () => {
      live = false
    }
  }, [report, token])

  if (report.state === 'loading') return null
  if (report.state === 'error')
    return (
      <p role="alert" className="afdruk-melding">
        {report.message}
      </p>
    )
  return request.layout === 'dia' ? (
    <SlidesPrintView report={report.report} />
  ) : (
    <HandOutPrintView report={report.report} />
  )
}

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const readHash = () => window.location.hash

/**
 * `#/afdruk-rapport/dia?…` and `#/afdruk-rapport/hand-out?…`: the report
 * alone, for the hidden print window, wired as the minutes' print route is
 * (print/print-screen.tsx): no app shell and no lock screen, and a locked
 * vault or a broken address is reported to the printer instead of waited on.
 */
export function ReportPrintScreen({ status }: { status: VaultStatus | null }) {
  const hash = useSyncExternalStore(subscribeToHash, readHash)
  const request = useMemo(() => parseReportPrintRoute(hash), [hash])
  const locked = status !== null && status.state !== 'unlocked'
  useLayoutEffect(() => {
    window.document.documentElement.classList.add('afdruk')
    return () => window.document.documentElement.classList.remove('afdruk')
  }, [])
  useEffect(() => {
    if (!request) reportPrintError('onbekend', 'NOT_FOUND')
    else if (locked) reportPrintError(reportPrintToken(request.job), 'VAULT_LOCKED')
  }, [request, locked])

  if (!request) return <p className="afdruk-melding">Deze rapportage bestaat niet.</p>
  if (locked) return <p className="afdruk-melding">De kluis is vergrendeld; er is niets af te drukken.</p>
  // Asked for at once, without waiting for the status: the vault answers only while unlocked.
  return <ReportPrintDocument request={request} />
}
