import type { Decision } from '../../shared/contract/decision.contract'
import type { DecisionEntry } from '../../shared/contract/export.contract'
import { closingReasonLabels } from '../../shared/domain/closing-reason'
import { subjectKindLabels, type SubjectKind } from '../../shared/domain/subject'
import { longDate, shortDate } from './dutch-text'
import type { Pseudonyms } from './pseudonyms.queries'

const changeLabels = {
  toegevoegd: 'Toegevoegd',
  bevestigd: 'Toegevoegd (voorstel bevestigd)',
  verwijderd: 'Verwijderd',
} as const
const kindLabel = (kind: string) => (subjectKindLabels[kind as SubjectKind] ?? kind).toLowerCase()

export const caseLabelOf = (link: { code: string; alias: string } | null) =>
  link ? `Casus ${link.code} (${link.alias})` : null

/**
 * A decision as the documents print it: its number, its text, and what it
 * changed. With `pseudonyms`, subjects appear as "subject A" and every name
 * in the free texts is replaced; the case code and alias stay (an alias is
 * never a person's name).
 */
export function toDecisionEntry(decision: Decision, itemLabel: string, pseudonyms: Pseudonyms | null): DecisionEntry {
  const caseId = decision.case?.id ?? null
  const scrub = (text: string) => (pseudonyms ? pseudonyms.scrub(text, caseId) : text)
  const { effect } = decision
  const effects = [
    ...(effect.phase ? [`Fase van ${effect.phase.from.name} naar ${effect.phase.to.name}`] : []),
    ...(effect.caseKind ? [`Soort casus van ${effect.caseKind.from} naar ${effect.caseKind.to}`] : []),
    ...effect.subjects.map((subject) => {
      const who = pseudonyms ? pseudonyms.label(caseId, subject.subjectId, subject.kind) : subject.title
      return `${changeLabels[subject.change]}: ${who} (${kindLabel(subject.kind)})`
    }),
    // A label from the code list, never free text: the decision list may show it without scrubbing.
    ...(decision.closingReason ? [`Reden van afsluiten: ${closingReasonLabels[decision.closingReason]}`] : []),
    // Closing a case also sets its retention (closing date plus the settings' years): not an extension.
    ...(effect.retention
      ? [
          decision.type === 'bewaartermijn-verlengen'
            ? `Bewaartermijn verlengd van ${shortDate(effect.retention.from)} tot ${shortDate(effect.retention.to)}`
            : `Bewaartermijn van ${shortDate(effect.retention.from)} naar ${shortDate(effect.retention.to)}`,
        ]
      : []),
    ...(effect.minutes ? [`Verslag van ${longDate(effect.minutes.meetingDate)} vastgesteld`] : []),
  ]
  return {
    code: decision.code,
    typeLabel: decision.typeLabel,
    text: scrub(decision.text || decision.typeLabel),
    reason: decision.reason ? scrub(decision.reason) : null,
    caseLabel: caseLabelOf(decision.case),
    effects,
    withdrawn: decision.status === 'ingetrokken',
    refersTo: decision.refersTo ? `Wijzigt besluit ${decision.refersTo.code}` : null,
    itemLabel: scrub(itemLabel),
  }
}
