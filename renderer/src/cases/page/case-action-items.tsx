import type { ActionItem } from '../../../../shared/contract/action.contract'
import { actionStatusLabels } from '../../../../shared/domain/action'
import { ActionTable } from '../../actions/action-table'
import { shortDate } from '../../lib/dates'
import { hrefFor } from '../../stores/route-store'

/** The case's action items; their status is kept up on the Actiepunten page and in the meeting. */
export function CaseActionsTable({ actions, headingId }: { actions: readonly ActionItem[]; headingId: string }) {
  return (
    <ActionTable
      rows={actions}
      labelledBy={headingId}
      className="data-table record-table"
      status={(action) => actionStatusLabels[action.status]}
      origin={{
        header: 'Afgesproken in',
        cell: (action) => (
          <>
            <a href={hrefFor(`vergaderingen/${action.origin.meetingId}`)}>
              Vergadering {shortDate(action.origin.meetingDate)}
            </a>
            {action.origin.decision ? (
              <span className="cell-sub">Bij besluit {action.origin.decision.code}</span>
            ) : null}
          </>
        ),
      }}
    />
  )
}
