import { useId } from 'react'

/**
 * Shown on every page while the throwaway demo vault is open, so fictitious
 * data is never mistaken for real cases and nobody works in it by accident.
 */
export function DemoBanner({ onClose }: { onClose: () => void }) {
  const titleId = useId()
  return (
    <section className="demo-banner" aria-labelledby={titleId}>
      <div className="demo-banner__inner">
        <p id={titleId} className="demo-banner__text">
          <span className="demo-banner__mark" aria-hidden="true">
            Voorbeeld
          </span>
          Voorbeeldkluis met fictieve gegevens — wijzigingen verdwijnen bij vergrendelen
        </p>
        <button type="button" className="button button--secondary button--small demo-banner__close" onClick={onClose}>
          Voorbeeldkluis sluiten
        </button>
      </div>
    </section>
  )
}
