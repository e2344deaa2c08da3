import type { ActionItem } from '../../../shared/contract/action.contract'
import { type ActionStatus, actionStatuses, actionStatusLabels } from '../../../shared/domain/action'
import { useCallback } from 'react'
import { useVaultMutation } from '../api/use-vault-mutation'
import { announce } from '../stores/announcer-store'

/** The status of one action as a labelled choice in its table row. */
export function ActionStatusSelect({
  action,
  onChange,
}: {
  action: Pick<ActionItem, 'text' | 'status'>
  onChange: (status: ActionStatus) => void
}) {
  return (
    <select
      className="select"
      aria-label={`Status van actiepunt ${action.text}`}
      value={action.status}
      onChange={(event) => onChange(event.target.value as ActionStatus)}
    >
      {actionStatuses.map((value) => (
        <option key={value} value={value}>
          {actionStatusLabels[value]}
        </option>
      ))}
    </select>
  )
}

/** Saves a new status and announces it; answers the action as it now is, or throws the vault's Dutch error. */
export function useSetActionStatus(): (id: string, status: ActionStatus) => Promise<ActionItem> {
  const { run } = useVaultMutation('action:set-status')
  return useCallback(
    async (id, status) => {
      const { item } = await run({ id, status, on: null })
      announce(`Actiepunt ‘${item.text}’: status ${actionStatusLabels[item.status]}.`)
      return item
    },
    [run],
  )
}
