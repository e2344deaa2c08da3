import { useId } from 'react'
import { useSession } from '../../stores/session-store'

const intro = {
  'first-run':
    'Nieuwe laptop, of de kluis kwijt? Zet een back-up van Tafelwerk terug. U opent hem met het wachtwoord of de herstelsleutel van toen hij werd gemaakt.',
  unlock:
    'Zet een eerdere back-up terug in plaats van deze kluis. De kluis die nu op deze computer staat, blijft onder een andere naam bewaard.',
}

/** "Herstellen uit een back-up": the way in to the restore screen from the first and the unlock screen. */
export function RestoreOffer({ context }: { context: 'first-run' | 'unlock' }) {
  const showLockedView = useSession((state) => state.showLockedView)
  const headingId = useId()
  return (
    <section className="demo-offer" aria-labelledby={headingId}>
      <h2 id={headingId} className="demo-offer__title">
        Een back-up terugzetten?
      </h2>
      <p>{intro[context]}</p>
      <button type="button" className="button button--secondary" onClick={() => showLockedView('restore')}>
        Herstellen uit een back-up
      </button>
    </section>
  )
}
