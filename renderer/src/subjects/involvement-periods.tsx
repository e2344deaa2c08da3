import type { Involvement } from '../../../shared/contract/subject.contract'
import { shortDate } from '../lib/dates'

/**
 * The periods a subject or object was part of a case. A link entered on the
 * case page waits for the OMT's decision, and says so.
 */
export function InvolvementPeriods({ involvements }: { involvements: readonly Involvement[] }) {
  return (
    <ul className="periods">
      {involvements.map((period) => (
        <li key={period.id} className="periods__item">
          {period.closedOn
            ? `${shortDate(period.openedOn)} – ${shortDate(period.closedOn)}`
            : `Sinds ${shortDate(period.openedOn)}`}
          {period.pendingDecision ? <span className="badge badge--pending">Wacht op besluit</span> : null}
        </li>
      ))}
    </ul>
  )
}
