import { useEffect } from 'react'
import { type PrivacyPrintRequest, privacyPrintToken } from '../../../../shared/domain/privacy-print-route'
import { useVaultQuery } from '../../api/use-vault-query'
import { installPageRules } from '../../print/page-rules'
import { OverviewPrintView } from './overview-print-view'
import { type PrintLoad, printLoadOf } from '../../print/print-load'
import { RegisterPrintView } from './register-print-view'
import { usePrintReadiness } from '../../print/use-print-readiness'
import '../../print/print.css'
import './privacy-print.css'

type RegisterRequest = Extract<PrivacyPrintRequest, { document: 'verwerkingsregister' }>
type OverviewRequest = Extract<PrivacyPrintRequest, { document: 'inzageverzoek' }>

function PrintFailure({ load }: { load: PrintLoad<unknown> }) {
  if (load.state !== 'error') return null
  return (
    <p role="alert" className="afdruk-melding">
      {load.message}
    </p>
  )
}

export function RegisterPrintDocument({ request }: { request: RegisterRequest }) {
  // Asked afresh per job: a version saved since the previous export must be in this one.
  const query = useVaultQuery('processing-register:document', {}, { version: request.job })
  const load = printLoadOf(query, request.job)
  usePrintReadiness(privacyPrintToken(request.job), load)
  const ready = load.state === 'ready'
  useEffect(
    () =>
      ready
        ? installPageRules({ runningHeader: 'Verwerkingsregister', confidential: false, concept: false })
        : undefined,
    [ready],
  )
  if (load.state === 'ready') return <RegisterPrintView register={load.data} />
  return <PrintFailure load={load} />
}

export function OverviewPrintDocument({ request }: { request: OverviewRequest }) {
  const { subjectId, purpose, version, job } = request
  // The print reads the subject's data for the purpose the user gave: the log records it so.
  const query = useVaultQuery('subject-overview:get', { subjectId, purpose, version }, { version: job })
  const load = printLoadOf(query, job)
  usePrintReadiness(privacyPrintToken(job), load)
  const title = load.state === 'ready' ? load.data.subject.title : null
  useEffect(
    () =>
      title === null
        ? undefined
        : installPageRules({
            runningHeader: `Inzageverzoek · ${title}`,
            confidential: version === 'intern',
            concept: false,
          }),
    [title, version],
  )
  if (load.state === 'ready') return <OverviewPrintView overview={load.data} />
  return <PrintFailure load={load} />
}
