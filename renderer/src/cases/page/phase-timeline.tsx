import { useId } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
import { todayIso } from '../../../../shared/domain/iso-date'
import { cx } from '../../lib/class-names'
import { durationText, longDate, mediumDate } from '../../lib/dates'

type Period = CaseDetail['phaseHistory'][number]

function cause(period: Period, index: number): string {
  if (period.decisionId) return 'Door een besluit van de OMT'
  return index === 0 ? 'Bij registratie' : 'Geen besluit vastgelegd'
}

/**
 * Every phase the case went through, oldest first, with dates and how long
 * each lasted. There is no control here on purpose: only the OMT changes a
 * phase, by a decision.
 */
export function PhaseTimeline({ history }: { history: CaseDetail['phaseHistory'] }) {
  const headingId = useId()
  const today = todayIso()
  return (
    <section className="case-section case-section--card" aria-labelledby={headingId}>
      <h2 id={headingId} className="case-section__title">
        Fasen
      </h2>
      <p className="section-note">De fase verandert alleen door een besluit van de OMT.</p>
      <ol className="timeline">
        {history.map((period, index) => {
          const current = period.endedOn === null
          return (
            <li key={period.id} className={cx('timeline__item', current && 'is-current')}>
              <span className="timeline__marker" aria-hidden="true" />
              <p className="timeline__phase">
                {period.phase.name}
                {current ? <span className="visually-hidden"> (huidige fase)</span> : null}
              </p>
              <p className="timeline__dates">
                {current ? `Sinds ${longDate(period.startedOn)}` : `${mediumDate(period.startedOn)} – ${mediumDate(period.endedOn ?? today)}`}
              </p>
              <p className="timeline__cause">
                {durationText(period.startedOn, period.endedOn ?? today)} · {cause(period, index)}
              </p>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
