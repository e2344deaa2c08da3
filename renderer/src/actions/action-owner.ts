import type { ActionItem } from '../../../shared/contract/action.contract'

/** "Politie (J. de Boer)": the accountable partner, and the person when one was named. */
export function actionOwnerText(action: Pick<ActionItem, 'ownerPartner' | 'ownerPerson'>): string {
  return action.ownerPartner.shortName + (action.ownerPerson ? ` (${action.ownerPerson})` : '')
}
