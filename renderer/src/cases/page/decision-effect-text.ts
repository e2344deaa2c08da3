import type { Decision } from '../../../../shared/contract/decision.contract'
import { caseKindLabels } from '../../../../shared/domain/case'
import { shortDate } from '../../lib/dates'

/**
 * What a decision did to the case, one short line per change: "Fase Analyse →
 * Gestart", "Karel Kuipers toegevoegd". A withdrawn decision has no effect left.
 */
export function decisionEffectLines(effect: Decision['effect']): string[] {
  const lines: string[] = []
  if (effect.phase) lines.push(`Fase ${effect.phase.from.name} → ${effect.phase.to.name}`)
  if (effect.caseKind) lines.push(`${caseKindLabels[effect.caseKind.from]} → ${caseKindLabels[effect.caseKind.to]}`)
  for (const subject of effect.subjects) lines.push(`${subject.title} ${subject.change}`)
  if (effect.retention) lines.push(`Bewaartermijn ${shortDate(effect.retention.from)} → ${shortDate(effect.retention.to)}`)
  if (effect.minutes) lines.push(`Verslag van ${shortDate(effect.minutes.meetingDate)} vastgesteld`)
  return lines
}

export type DecisionStanding = 'geldig' | 'gecorrigeerd' | 'ingetrokken'

/** A withdrawal is kept as a correction too, so "ingetrokken" wins over "gecorrigeerd". */
export function decisionStanding(decision: Pick<Decision, 'status' | 'correctionCount'>): DecisionStanding {
  if (decision.status === 'ingetrokken') return 'ingetrokken'
  return decision.correctionCount > 0 ? 'gecorrigeerd' : 'geldig'
}
