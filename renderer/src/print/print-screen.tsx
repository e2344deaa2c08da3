import { useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import type { VaultStatus } from '../../../shared/contract/vault.contract'
import { parsePrintRoute, type PrintRequest, printToken } from '../../../shared/domain/print-route'
import { DocumentView } from './document-view'
import { installPageRules } from './page-rules'
import { loadPrintFonts } from './print-fonts'
import { reportPrintBusy, reportPrintError, reportPrintReady } from './print-state'
import { useExportModel } from './use-export-model'

function PrintDocument({ request }: { request: PrintRequest }) {
  const { meetingId, document, variant, job, tocPages } = request
  const token = printToken(request)
  const model = useExportModel(meetingId, document, variant, job)
  const head = model.state === 'ready' ? model.model.head : null

  useLayoutEffect(() => {
    reportPrintBusy(token)
    // In parallel with the model: the fonts are needed anyway.
    void loadPrintFonts().catch(() => undefined)
  }, [token])
  useEffect(() => (head ? installPageRules(head) : undefined), [head])
  useEffect(() => {
    if (model.state === 'error') {
      reportPrintError(token, model.code)
      return undefined
    }
    if (model.state !== 'ready') return undefined
    let live = true
    // After the fonts and one frame, so the printer sees the laid-out page in its own font.
    // A font that fails to load is no reason to print nothing: Chromium falls back to a system font.
    const fontsLoaded = loadPrintFonts().catch(() => undefined)
    void fontsLoaded.then(() => {
      requestAnimationFrame(() => {
        if (live) reportPrintReady(token)
      })
    })
    return () => {
      live = false
    }
  }, [model, token])

  if (model.state === 'loading') return null
  if (model.state === 'error') {
    return (
      <p role="alert" className="afdruk-melding">
        {model.message}
      </p>
    )
  }
  return <DocumentView model={model.model} tocPages={tocPages} />
}

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const readHash = () => window.location.hash

/**
 * `#/afdruk/…`: the document alone, for the hidden print window. No app
 * shell and no lock screen: while the vault is locked there is nothing to
 * print, and the printer is told so instead of waiting.
 */
export function PrintScreen({ status }: { status: VaultStatus | null }) {
  const hash = useSyncExternalStore(subscribeToHash, readHash)
  const request = useMemo(() => parsePrintRoute(hash), [hash])
  const unlocked = status?.state === 'unlocked'
  useLayoutEffect(() => {
    window.document.documentElement.classList.add('afdruk')
    return () => window.document.documentElement.classList.remove('afdruk')
  }, [])
  const locked = status !== null && !unlocked
  useEffect(() => {
    if (!request) reportPrintError('onbekend', 'NOT_FOUND')
    else if (locked) reportPrintError(printToken(request), 'VAULT_LOCKED')
  }, [request, locked])

  if (!request) return <p className="afdruk-melding">Dit document bestaat niet.</p>
  if (locked) return <p className="afdruk-melding">De kluis is vergrendeld; er is niets af te drukken.</p>
  // The document is asked for at once, without waiting for the status: the vault answers it only while unlocked.
  return <PrintDocument request={request} />
}
