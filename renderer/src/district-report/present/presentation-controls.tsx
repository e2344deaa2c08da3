import { useEffect, useRef, useState } from 'react'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { cx } from '../../lib/class-names'

interface PresentationControlsProps {
  /** "Dia 3 van 12". */
  position: string
  /** "3 / 12", as the audience sees it. */
  counter: string
  session: string
  overviewOpen: boolean
  onGo: (to: 'next' | 'previous') => void
  onOverview: () => void
  onLeave: () => void
}

/** How long the buttons stay after the mouse stops moving; the counter always shows. */
const IDLE_MS = 2500

/**
 * The slide counter, and the buttons for mouse users: they appear when the
 * mouse moves or focus is in them (Tab), and fade out again so the audience
 * sees only the slide.
 */
export function PresentationControls(props: PresentationControlsProps) {
  const { position, counter, session, overviewOpen, onGo, onOverview, onLeave } = props
  const openPresenter = useVaultMutation('presenter:open')
  const [awake, setAwake] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => {
    const wake = () => {
      setAwake(true)
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => setAwake(false), IDLE_MS)
    }
    window.addEventListener('mousemove', wake)
    return () => {
      window.removeEventListener('mousemove', wake)
      window.clearTimeout(timer.current)
    }
  }, [])

  const presenter = () => {
    setProblem(null)
    openPresenter.run({ session }).catch((error: unknown) => setProblem(messageOf(error)))
  }

  return (
    <div className={cx('presentation-controls', (awake || problem) && 'presentation-controls--awake')}>
      <div className="presentation-controls__buttons" role="toolbar" aria-label="Presentatie bedienen">
        <button type="button" className="button button--on-dark button--small" onClick={() => onGo('previous')}>
          Vorige
        </button>
        <button type="button" className="button button--on-dark button--small" onClick={() => onGo('next')}>
          Volgende
        </button>
        <button
          type="button"
          className="button button--on-dark button--small"
          aria-pressed={overviewOpen}
          onClick={onOverview}
        >
          Overzicht (O)
        </button>
        <button type="button" className="button button--on-dark button--small" onClick={presenter}>
          Presentatorweergave
        </button>
        <button type="button" className="button button--on-dark button--small" onClick={onLeave}>
          Stoppen (Esc)
        </button>
        {problem ? (
          <p role="alert" className="presentation-controls__problem">
            {problem}
          </p>
        ) : null}
      </div>
      <p className="presentation-controls__counter" data-testid="slide-counter">
        <span aria-hidden="true">{counter}</span>
        <span className="visually-hidden">{position}</span>
      </p>
    </div>
  )
}
