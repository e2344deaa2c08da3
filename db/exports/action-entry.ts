import type { ActionItem } from '../../shared/contract/action.contract'
import type { ActionEntry } from '../../shared/contract/export.contract'
import { actionStatusLabels } from '../../shared/domain/action'
import { caseLabelOf } from './decision-entry'
import { shortDate } from './dutch-text'

/** An action item as the minutes print it; `itemNumbers` names the item it came from in this meeting. */
export function toActionEntry(
  action: ActionItem,
  meetingId: string,
  itemNumbers: ReadonlyMap<string, string>,
): ActionEntry {
  const here = action.origin.meetingId === meetingId
  const item = action.origin.agendaItemId ? itemNumbers.get(action.origin.agendaItemId) : undefined
  const origin = action.origin.decision
    ? `Besluit ${action.origin.decision.code}`
    : here
      ? item
        ? `Deze vergadering, punt ${item}`
        : 'Deze vergadering'
      : `Vergadering ${shortDate(action.origin.meetingDate)}`
  return {
    text: action.text,
    owner: action.ownerPerson
      ? `${action.ownerPartner.shortName} (${action.ownerPerson})`
      : action.ownerPartner.shortName,
    due: action.dueDate ? shortDate(action.dueDate) : '—',
    status: action.overdue ? 'Verlopen' : actionStatusLabels[action.status],
    overdue: action.overdue,
    origin,
    caseLabel: caseLabelOf(action.case),
  }
}
