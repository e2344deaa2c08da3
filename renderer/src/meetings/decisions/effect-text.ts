import type { Decision } from '../../../../shared/contract/decision.contract'
import { caseKindLabels } from '../../../../shared/domain/case'
import { shortDate } from '../../lib/dates'

/**
 * What a decision changed, one entry per change: "Fase Analyse → Gestart",
 * "Karel Kuipers toegevoegd". Inline (inside a sentence) our own words start
 * lower case; names never change. A withdrawn decision has no effect left.
 */
export function decisionEffectLines(effect: Decision['effect'], { inline = false } = {}): string[] {
  const word = (text: string) => (inline ? text.toLowerCase() : text)
  const lines: string[] = []
  if (effect.phase) lines.push(`${word('Fase')} ${effect.phase.from.name} → ${effect.phase.to.name}`)
  if (effect.caseKind && effect.caseKind.from !== effect.caseKind.to)
    lines.push(`${caseKindLabels[effect.caseKind.from]} → ${caseKindLabels[effect.caseKind.to]}`)
  for (const subject of effect.subjects) lines.push(`${subject.title} ${subject.change}`)
  if (effect.retention)
    lines.push(`${word('Bewaartermijn')} ${shortDate(effect.retention.from)} → ${shortDate(effect.retention.to)}`)
  if (effect.minutes) lines.push(`${word('Verslag')} van ${shortDate(effect.minutes.meetingDate)} vastgesteld`)
  return lines
}

/** The effect in one line, for a decision's entry in a list: "fase Signaal → Analyse; Karel Kuipers toegevoegd". */
export function effectText(effect: Decision['effect']): string {
  return decisionEffectLines(effect, { inline: true }).join('; ')
}
