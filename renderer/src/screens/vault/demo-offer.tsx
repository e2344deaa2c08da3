import { useId, useState } from 'react'
import { messageOf } from '../../api/request'
import { FormAlert } from '../../components/form-alert'
import { useSession } from '../../stores/session-store'

/**
 * "Probeer met voorbeeldgegevens": a separate vault with fictitious cases, to
 * look around or to train without touching real data. It is removed again
 * when it is locked.
 */
const intro = {
  'first-run':
    'Open een aparte voorbeeldkluis met zo’n 1.250 verzonnen casussen om Tafelwerk te leren kennen. Als u hem vergrendelt, verdwijnt hij weer en maakt u hier uw eigen kluis.',
  unlock:
    'Open een aparte voorbeeldkluis met zo’n 1.250 verzonnen casussen. Uw eigen kluis blijft onaangeroerd. De voorbeeldkluis verdwijnt weer als u hem vergrendelt.',
}

export function DemoOffer({ context }: { context: 'first-run' | 'unlock' }) {
  const openDemo = useSession((state) => state.openDemo)
  const headingId = useId()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const start = async () => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await openDemo()
    } catch (failure) {
      setError(messageOf(failure))
      setBusy(false)
    }
  }

  return (
    <section className="demo-offer" aria-labelledby={headingId}>
      <h2 id={headingId} className="demo-offer__title">
        Eerst rondkijken?
      </h2>
      <p>{intro[context]}</p>
      <FormAlert message={error} />
      <button
        type="button"
        className="button button--secondary"
        aria-busy={busy || undefined}
        onClick={() => void start()}
      >
        {busy ? (
          <>
            <span className="spinner" aria-hidden="true" />
            Voorbeeldkluis wordt gemaakt…
          </>
        ) : (
          'Probeer met voorbeeldgegevens'
        )}
      </button>
    </section>
  )
}
