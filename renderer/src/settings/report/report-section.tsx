import { useId, useRef } from 'react'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'
import { ReportThresholdsForm } from './report-thresholds-form'

/** Instellingen › Rapportage › Kleine aantallen: how the district report hides small numbers. */
export function ReportSection({ focusHeading }: { focusHeading: boolean }) {
  const headingId = useId()
  const cardId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef, focusHeading)
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        Kleine aantallen
      </h2>
      <p className="section-intro">Hoe de voortgangsrapportage kleine aantallen verbergt.</p>
      <div className="card-stack">
        <section className="card" aria-labelledby={cardId}>
          <h3 id={cardId} className="card__title">
            Kleine aantallen in de voortgangsrapportage
          </h3>
          <ReportThresholdsForm />
        </section>
      </div>
    </section>
  )
}
