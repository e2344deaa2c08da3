import type { CaseKind } from './case'
import type { DecisionType } from './decision-types'
import { dutchDate } from './iso-date'

export interface DecisionTextFacts {
  /** "D-2025-014 (Stille Haven)": a code and an alias, never a person's name. */
  caseLabel: string | null
  caseKind: CaseKind | null
  reason: string | null
  subjectCount: number
  retentionUntil: string | null
  minutesOf: string | null
}

/**
 * The sentence the minutes print when the secretary types none. It never
 * names subjects, so the decision list stays shareable without personal data;
 * who was added or removed follows from the decision's effects.
 */
export function defaultDecisionText(type: DecisionType, facts: DecisionTextFacts): string {
  const subject = facts.caseLabel ?? ''
  const reason = facts.reason ? ` Reden: ${facts.reason}` : ''
  const count = (n: number) => (n === 1 ? 'één subject/object' : `${String(n)} subjecten/objecten`)
  switch (type) {
    case 'start-analyse':
      return `De OMT besluit tot een analyse (informatiebeeld) van casus ${subject}.`
    case 'start-casus':
      return `De OMT besluit casus ${subject} te starten als ${facts.caseKind === 'betekenisvol' ? 'betekenisvolle' : 'lokale'} casus.`
    case 'niet-starten':
      return `De OMT besluit casus ${subject} niet te starten.${reason}`
    case 'plan-van-aanpak':
      return `De OMT stelt het plan van aanpak van casus ${subject} vast.`
    case 'subject-toevoegen':
      return `De OMT besluit ${count(facts.subjectCount)} toe te voegen aan casus ${subject}.`
    case 'subject-verwijderen':
      return `De OMT besluit ${count(facts.subjectCount)} te verwijderen uit casus ${subject}.`
    case 'aanhouden':
      return `De OMT besluit casus ${subject} aan te houden.${reason}`
    case 'escaleren':
      return `De OMT besluit casus ${subject} te escaleren naar de Stuurgroep.${reason}`
    case 'hervatten':
      return `De OMT besluit casus ${subject} te hervatten.${reason}`
    case 'evaluatie':
      return `De OMT besluit casus ${subject} te evalueren.`
    case 'afsluiten':
      return `De OMT besluit casus ${subject} af te sluiten.${reason}`
    case 'bewaartermijn-verlengen':
      return `De OMT verlengt de bewaartermijn van casus ${subject} tot ${facts.retentionUntil ? dutchDate(facts.retentionUntil) : ''}.${reason}`
    case 'verslag-vastgesteld':
      return `Het verslag en de besluitenlijst van de vergadering van ${facts.minutesOf ? dutchDate(facts.minutesOf) : ''} worden vastgesteld.`
    case 'overig':
      return ''
  }
}
