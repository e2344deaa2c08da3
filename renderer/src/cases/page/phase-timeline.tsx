import { type ReactNode, useId } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { todayIso } from '../../../../shared/domain/iso-date'
import { cx } from '../../lib/class-names'
import { durationText, longDate, mediumDate } from '../../lib/dates'
import { hrefFor } from '../../stores/route-store'

type Period = CaseDetail['phaseHistory'][number]
type DecisionLink = Pick<Decision, 'id' | 'code' | 'meetingId'>

function cause(period: Period, index: number, decisions: ReadonlyMap<string, DecisionLink>): ReactNode {
  const decision = period.decisionId ? decisions.get(period.decisionId) : undefined
  if (decision) {
    return (
      <>
        Besluit <a href={hrefFor(`vergaderingen/${decision.meetingId}`)}>{decision.code}</a>
      </>
    )
  }
  if (period.decisionId) return 'Door een besluit van de OMT'
  return index === 0 ? 'Bij registratie' : 'Geen besluit vastgelegd'
}

/**
 * Every phase the case went through, oldest first, with dates and how long
 * each lasted, and the decision that started it once the meetings record has
 * loaded. There is no control here on purpose: only the OMT changes a phase,
 * by a decision.
 */
export function PhaseTimeline({
  history,
  decisions = [],
}: {
  history: CaseDetail['phaseHistory']
  decisions?: readonly DecisionLink[] | undefined
}) {
  const headingId = useId()
  const decisionsById = new Map(decisions.map((decision) => [decision.id, decision]))
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
                {current
                  ? `Sinds ${longDate(period.startedOn)}`
                  : `${mediumDate(period.startedOn)} – ${mediumDate(period.endedOn ?? today)}`}
              </p>
              <p className="timeline__cause">
                {durationText(period.startedOn, period.endedOn ?? today)} · {cause(period, index, decisionsById)}
              </p>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
