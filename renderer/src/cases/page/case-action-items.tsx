import type { ActionItem } from '../../../../shared/contract/action.contract'
import { actionStatusLabels } from '../../../../shared/domain/action'
import { ActionDueDate, actionRowClass } from '../../actions/action-due-date'
import { actionOwnerText } from '../../actions/action-owner'
import { shortDate } from '../../lib/dates'
import { hrefFor } from '../../stores/route-store'

/** The case's action items; their status is kept up on the Actiepunten page and in the meeting. */
export function CaseActionsTable({ actions, headingId }: { actions: readonly ActionItem[]; headingId: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table record-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Actie</th>
            <th scope="col">Eigenaar</th>
            <th scope="col">Uiterste datum</th>
            <th scope="col">Status</th>
            <th scope="col">Afgesproken in</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className={actionRowClass(action)}>
              <td className="record-table__text">{action.text}</td>
              <td>{actionOwnerText(action)}</td>
              <td className="cell--nowrap">
                <ActionDueDate action={action} />
              </td>
              <td className="cell--nowrap">{actionStatusLabels[action.status]}</td>
              <td className="cell--nowrap">
                <a href={hrefFor(`vergaderingen/${action.origin.meetingId}`)}>Vergadering {shortDate(action.origin.meetingDate)}</a>
                {action.origin.decision ? <span className="cell-sub">Bij besluit {action.origin.decision.code}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
