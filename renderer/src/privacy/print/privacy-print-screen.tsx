import { useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import type { VaultStatus } from '../../../../shared/contract/vault.contract'
import { parsePrivacyPrintRoute, privacyPrintToken } from '../../../../shared/domain/privacy-print-route'
import { reportPrintError } from '../../print/print-state'
import { OverviewPrintDocument, RegisterPrintDocument } from './privacy-print-documents'

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const readHash = () => window.location.hash

/**
 * `#/afdruk-privacy/verwerkingsregister?…` and `#/afdruk-privacy/inzageverzoek?…`:
 * the document alone, for the hidden print window, wired as the minutes'
 * print route is (print/print-screen.tsx): no app shell and no lock screen,
 * and a locked vault or a broken address is reported to the printer instead
 * of waited on.
 */
export function PrivacyPrintScreen({ status }: { status: VaultStatus | null }) {
  const hash = useSyncExternalStore(subscribeToHash, readHash)
  const request = useMemo(() => parsePrivacyPrintRoute(hash), [hash])
  const locked = status !== null && status.state !== 'unlocked'
  useLayoutEffect(() => {
    window.document.documentElement.classList.add('afdruk')
    return () => window.document.documentElement.classList.remove('afdruk')
  }, [])
  useEffect(() => {
    if (!request) reportPrintError('onbekend', 'NOT_FOUND')
    else if (locked) reportPrintError(privacyPrintToken(request.job), 'VAULT_LOCKED')
  }, [request, locked])

  if (!request) return <p className="afdruk-melding">Dit document bestaat niet.</p>
  if (locked) return <p className="afdruk-melding">De kluis is vergrendeld; er is niets af te drukken.</p>
  // Asked for at once, without waiting for the status: the vault answers only while unlocked.
  return request.document === 'verwerkingsregister' ? (
    <RegisterPrintDocument key={request.job} request={request} />
  ) : (
    <OverviewPrintDocument key={request.job} request={request} />
  )
}
