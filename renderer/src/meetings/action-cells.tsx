import type { ActionItem } from '../../../shared/contract/action.contract'
import { type ActionStatus, actionStatuses, actionStatusLabels } from '../../../shared/domain/action'
import { request } from '../api/request'
import { shortDate } from '../lib/dates'
import { announce } from '../stores/announcer-store'

/** The due date, with "te laat" in words (not only in colour) when an open action is past it. */
export function ActionDueDate({ action }: { action: Pick<ActionItem, 'dueDate' | 'overdue'> }) {
  if (!action.dueDate) return <span className="muted">Geen datum</span>
  return action.overdue ? (
    <strong className="action-overdue">
      <span aria-hidden="true">⚠ </span>
      {shortDate(action.dueDate)} – te laat
    </strong>
  ) : (
    <>{shortDate(action.dueDate)}</>
  )
}

export function ActionStatusSelect({ action, onChange }: { action: Pick<ActionItem, 'text' | 'status'>; onChange: (status: ActionStatus) => void }) {
  return (
    <select className="select" aria-label={`Status van actiepunt ${action.text}`} value={action.status} onChange={(event) => onChange(event.target.value as ActionStatus)}>
      {actionStatuses.map((value) => (
        <option key={value} value={value}>
          {actionStatusLabels[value]}
        </option>
      ))}
    </select>
  )
}

/** Saves a new status and announces it; answers the action as it now is, or throws the vault's Dutch error. */
export async function setActionStatus(id: string, status: ActionStatus): Promise<ActionItem> {
  const { item } = await request('action:set-status', { id, status, on: null })
  announce(`Actiepunt ‘${item.text}’: status ${actionStatusLabels[item.status]}.`)
  return item
}
