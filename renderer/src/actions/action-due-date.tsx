import type { ActionItem } from '../../../shared/contract/action.contract'
import { shortDate } from '../lib/dates'
import './action-due-date.css'

/**
 * An action's due date for a table cell. Overdue is said in words and marked
 * with a sign, so it does not rest on colour alone.
 */
export function ActionDueDate({ action }: { action: Pick<ActionItem, 'dueDate' | 'overdue'> }) {
  if (!action.dueDate) return <span className="muted">Geen datum</span>
  if (!action.overdue) return <>{shortDate(action.dueDate)}</>
  return (
    <strong className="action-due--overdue">
      <span aria-hidden="true">⚠ </span>
      {shortDate(action.dueDate)} – te laat
    </strong>
  )
}

/** The class for an action's table row: an overdue row gets a red edge, next to the words in its date cell. */
export function actionRowClass(action: Pick<ActionItem, 'overdue'>): string | undefined {
  return action.overdue ? 'action-row--overdue' : undefined
}
