import type { Decision } from '../../../../shared/contract/decision.contract'
import { closingReasonLabels } from '../../../../shared/domain/closing-reason'
import { cx } from '../../lib/class-names'
import { shortDate } from '../../lib/dates'
import { hrefFor } from '../../stores/route-store'
import { decisionEffectLines } from '../../meetings/decisions/effect-text'
import { decisionStanding } from './decision-standing'

const standingLabels = { geldig: 'Geldig', gecorrigeerd: 'Gecorrigeerd', ingetrokken: 'Ingetrokken' } as const

function Effect({ decision }: { decision: Decision }) {
  if (decision.status === 'ingetrokken') return <span className="muted">Teruggedraaid</span>
  const lines = decisionEffectLines(decision.effect)
  if (lines.length === 0) return <span className="muted">Geen</span>
  return (
    <ul className="effect-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}

/** The reason, when the text (typed by the secretary) does not already say it. */
function reasonOf(decision: Decision): string | null {
  return decision.reason && !decision.text.includes(decision.reason) ? decision.reason : null
}

/** Every decision about the case, newest first; the number leads to the meeting that took it. */
export function CaseDecisionsTable({ decisions, headingId }: { decisions: readonly Decision[]; headingId: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table record-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Nummer</th>
            <th scope="col">Datum</th>
            <th scope="col">Besluit</th>
            <th scope="col">Effect</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => {
            const standing = decisionStanding(decision)
            const reason = reasonOf(decision)
            return (
              <tr key={decision.id} className={cx(standing === 'ingetrokken' && 'is-withdrawn')}>
                <th scope="row" className="cell--nowrap record-table__code">
                  <a href={hrefFor(`vergaderingen/${decision.meetingId}`)}>{decision.code}</a>
                </th>
                <td className="cell--nowrap">{shortDate(decision.decidedOn)}</td>
                <td className="cell--prose">
                  <span className="cell-title">{decision.typeLabel}</span>
                  {decision.text ? <span className="record-table__sentence">{decision.text}</span> : null}
                  {decision.closingReason ? (
                    <span className="record-table__sentence">
                      Reden van afsluiten: {closingReasonLabels[decision.closingReason]}
                    </span>
                  ) : null}
                  {reason ? <span className="record-table__sentence">Reden: {reason}</span> : null}
                  {decision.refersTo ? <span className="cell-sub">Verwijst naar {decision.refersTo.code}</span> : null}
                </td>
                <td>
                  <Effect decision={decision} />
                </td>
                <td>
                  {standing === 'geldig' ? (
                    standingLabels.geldig
                  ) : (
                    <span className={cx('status-badge', `status-badge--${standing}`)}>{standingLabels[standing]}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
