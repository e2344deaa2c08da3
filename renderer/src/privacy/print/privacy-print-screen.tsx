import type { VaultStatus } from '../../../../shared/contract/vault.contract'
import { parsePrivacyPrintRoute, privacyPrintToken } from '../../../../shared/domain/privacy-print-route'
import { usePrintRequest } from '../../print/use-print-request'
import { OverviewPrintDocument, RegisterPrintDocument } from './privacy-print-documents'

/**
 * `#/afdruk-privacy/verwerkingsregister?…` and `#/afdruk-privacy/inzageverzoek?…`:
 * the document alone, for the hidden print window: no app shell and no lock
 * screen (usePrintRequest).
 */
export function PrivacyPrintScreen({ status }: { status: VaultStatus | null }) {
  const { request, locked } = usePrintRequest(parsePrivacyPrintRoute, privacyPrintToken, status)

  if (!request) return <p className="afdruk-melding">Dit document bestaat niet.</p>
  if (locked) return <p className="afdruk-melding">De kluis is vergrendeld; er is niets af te drukken.</p>
  // Asked for at once, without waiting for the status: the vault answers only while unlocked.
  return request.document === 'verwerkingsregister' ? (
    <RegisterPrintDocument key={request.job} request={request} />
  ) : (
    <OverviewPrintDocument key={request.job} request={request} />
  )
}
