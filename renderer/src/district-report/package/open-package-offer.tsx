import { useId, useRef, useState } from 'react'
import { OmtError } from '../../../../shared/contract/errors'
import { messageOf } from '../../api/request'
import { FormAlert } from '../../components/form-alert'
import { usePackages } from '../../stores/package-store'

/** The package's extension (db/exports/district-report/report-package.ts); other files are refused by their bytes anyway. */
const ACCEPT = '.tafelrapport'

/**
 * "Rapport presenteren uit bestand": on the first screen, before any vault,
 * since the accountmanager's laptop may have none. One file opens that
 * report; several district files open the regional view.
 */
export function OpenPackageOffer() {
  const openPackages = usePackages((state) => state.open)
  const input = useRef<HTMLInputElement>(null)
  const headingId = useId()
  const hintId = useId()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const chosen = async (files: File[]) => {
    if (files.length === 0) return
    setBusy(true)
    setError(null)
    try {
      await openPackages(files)
    } catch (failure) {
      setError(refusalText(failure))
      setBusy(false)
    }
  }

  return (
    <section className="demo-offer package-offer" aria-labelledby={headingId}>
      <h2 id={headingId} className="demo-offer__title">
        Rapport van een ander?
      </h2>
      <p id={hintId}>
        Open een rapportbestand (.tafelrapport) om het te bekijken en te presenteren. Daarvoor is geen kluis nodig. Kies
        meer bestanden van districten tegelijk voor een overzicht van de regio.
      </p>
      <FormAlert message={error} />
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        data-testid="package-file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? [])
          // Cleared, so choosing the same file again after a refusal still counts as a choice.
          event.target.value = ''
          void chosen(files)
        }}
      />
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={hintId}
        aria-busy={busy || undefined}
        onClick={() => input.current?.click()}
      >
        {busy ? (
          <>
            <span className="spinner" aria-hidden="true" />
            Rapportbestand wordt geopend…
          </>
        ) : (
          'Rapport presenteren uit bestand'
        )}
      </button>
    </section>
  )
}

/** The channel's Dutch refusal; a check of the bytes or the name arrives as a field error, which says more. */
function refusalText(failure: unknown): string {
  if (failure instanceof OmtError) return Object.values(failure.fields ?? {})[0] ?? failure.message
  // Reading the file itself failed (read-file-base64.ts says which file, in Dutch).
  return failure instanceof Error ? failure.message : messageOf(failure)
}
