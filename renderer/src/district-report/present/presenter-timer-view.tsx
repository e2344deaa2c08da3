import { useEffect, useState } from 'react'
import {
  elapsedMs,
  formatElapsed,
  pauseTimer,
  spokenElapsed,
  startTimer,
  type TimerState,
  timerAtZero,
} from './presenter-timer'

/** The elapsed time with Start/Pauze and Opnieuw; it ticks each second while running. */
export function PresenterTimer() {
  const [timer, setTimer] = useState<TimerState>(timerAtZero)
  const [now, setNow] = useState(() => Date.now())
  const running = timer.startedAt !== null

  useEffect(() => {
    if (!running) return
    const tick = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(tick)
  }, [running])

  const elapsed = elapsedMs(timer, now)
  return (
    <section className="presenter-timer" aria-label="Tijd">
      {/* role=timer is not read on every tick; the label says it in words when visited. */}
      <p className="presenter-timer__time" role="timer" aria-label={`Verstreken tijd: ${spokenElapsed(elapsed)}`}>
        {formatElapsed(elapsed)}
      </p>
      <div className="presenter-timer__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            const at = Date.now()
            setNow(at)
            setTimer((state) => (running ? pauseTimer(state, at) : startTimer(state, at)))
          }}
        >
          {running ? 'Pauze' : elapsed > 0 ? 'Verder' : 'Start'}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            setNow(Date.now())
            setTimer(timerAtZero)
          }}
        >
          Opnieuw
        </button>
      </div>
    </section>
  )
}
