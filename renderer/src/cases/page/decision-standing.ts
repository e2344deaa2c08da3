import type { Decision } from '../../../../shared/contract/decision.contract'

export type DecisionStanding = 'geldig' | 'gecorrigeerd' | 'ingetrokken'

/** A withdrawal is kept as a correction too, so "ingetrokken" wins over "gecorrigeerd". */
export function decisionStanding(decision: Pick<Decision, 'status' | 'correctionCount'>): DecisionStanding {
  if (decision.status === 'ingetrokken') return 'ingetrokken'
  return decision.correctionCount > 0 ? 'gecorrigeerd' : 'geldig'
}
