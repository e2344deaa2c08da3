import { useId, useRef } from 'react'
import { hrefFor } from '../../stores/route-store'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'
import { RetentionYearsForm } from './retention-years-form'

/** Instellingen › Kluis › Bewaartermijn: the term a closed case is kept. */
export function RetentionSection({ focusHeading }: { focusHeading: boolean }) {
  const headingId = useId()
  const cardId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef, focusHeading)
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        Bewaartermijn
      </h2>
      <p className="section-intro">
        Hoe lang de gegevens van een afgesloten casus worden bewaard. Welke termijnen verlopen, staat bij{' '}
        <a href={hrefFor('bewaartermijnen')}>Bewaartermijnen</a>.
      </p>
      <div className="card-stack">
        <section className="card" aria-labelledby={cardId}>
          <h3 id={cardId} className="card__title">
            Bewaartermijn na afsluiten
          </h3>
          <RetentionYearsForm />
        </section>
      </div>
    </section>
  )
}
