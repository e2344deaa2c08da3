import type { Decision } from '../../../../shared/contract/decision.contract'
import { caseKindLabels } from '../../../../shared/domain/case'
import { shortDate } from '../../lib/dates'

/** What a decision changed, in one line: "fase Signaal → Analyse; Karel Kuipers toegevoegd". */
export function effectText(effect: Decision['effect']): string {
  return [
    effect.phase ? `fase ${effect.phase.from.name} → ${effect.phase.to.name}` : null,
    effect.caseKind && effect.caseKind.from !== effect.caseKind.to ? `${caseKindLabels[effect.caseKind.from]} → ${caseKindLabels[effect.caseKind.to]}` : null,
    effect.subjects.length > 0 ? effect.subjects.map((subject) => `${subject.title} ${subject.change}`).join(', ') : null,
    effect.retention ? `bewaartermijn tot ${shortDate(effect.retention.to)}` : null,
    effect.minutes ? `verslag van ${shortDate(effect.minutes.meetingDate)} vastgesteld` : null,
  ]
    .filter((part): part is string => part !== null)
    .join('; ')
}
