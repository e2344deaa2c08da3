/**
 * The decision table of domain.md. Every type names what it does to a case;
 * the rules in decision-rules.ts say when it may be taken.
 */
export const decisionTypes = [
  'start-analyse',
  'start-casus',
  'niet-starten',
  'plan-van-aanpak',
  'subject-toevoegen',
  'subject-verwijderen',
  'aanhouden',
  'escaleren',
  'hervatten',
  'evaluatie',
  'afsluiten',
  'bewaartermijn-verlengen',
  'verslag-vastgesteld',
  'overig',
] as const
export type DecisionType = (typeof decisionTypes)[number]

/** What a decision changes, so every type is handled once in the engine. */
export type DecisionEffectKind = 'fase' | 'betrokkenheid' | 'bewaartermijn' | 'verslag' | 'geen'

export interface DecisionTypeInfo {
  label: string
  /** The decision inside a sentence: "…; start casus kan pas na analyse." */
  phrase: string
  effect: DecisionEffectKind
  /** Needs a case; "overig" may have one, "verslag vastgesteld" never has one. */
  caseRequired: boolean
  reasonRequired: boolean
}

export const decisionTypeInfo: Record<DecisionType, DecisionTypeInfo> = {
  'start-analyse': {
    label: 'Start analyse',
    phrase: 'start analyse',
    effect: 'fase',
    caseRequired: true,
    reasonRequired: false,
  },
  'start-casus': {
    label: 'Start casus',
    phrase: 'start casus',
    effect: 'fase',
    caseRequired: true,
    reasonRequired: false,
  },
  'niet-starten': {
    label: 'Niet starten',
    phrase: 'niet starten',
    effect: 'fase',
    caseRequired: true,
    reasonRequired: true,
  },
  'plan-van-aanpak': {
    label: 'Plan van aanpak vastgesteld',
    phrase: 'het plan van aanpak vaststellen',
    effect: 'fase',
    caseRequired: true,
    reasonRequired: false,
  },
  'subject-toevoegen': {
    label: 'Subject/object toevoegen',
    phrase: 'subjecten of objecten toevoegen',
    effect: 'betrokkenheid',
    caseRequired: true,
    reasonRequired: false,
  },
  'subject-verwijderen': {
    label: 'Subject/object verwijderen',
    phrase: 'subjecten of objecten verwijderen',
    effect: 'betrokkenheid',
    caseRequired: true,
    reasonRequired: false,
  },
  aanhouden: { label: 'Aanhouden', phrase: 'aanhouden', effect: 'fase', caseRequired: true, reasonRequired: false },
  escaleren: {
    label: 'Escaleren naar de Stuurgroep',
    phrase: 'escaleren',
    effect: 'fase',
    caseRequired: true,
    reasonRequired: false,
  },
  hervatten: { label: 'Hervatten', phrase: 'hervatten', effect: 'fase', caseRequired: true, reasonRequired: false },
  evaluatie: { label: 'Evaluatie', phrase: 'evaluatie', effect: 'fase', caseRequired: true, reasonRequired: false },
  afsluiten: { label: 'Afsluiten', phrase: 'afsluiten', effect: 'fase', caseRequired: true, reasonRequired: true },
  'bewaartermijn-verlengen': {
    label: 'Bewaartermijn verlengen',
    phrase: 'de bewaartermijn verlengen',
    effect: 'bewaartermijn',
    caseRequired: true,
    reasonRequired: false,
  },
  'verslag-vastgesteld': {
    label: 'Verslag vorige vergadering vastgesteld',
    phrase: 'het verslag vaststellen',
    effect: 'verslag',
    caseRequired: false,
    reasonRequired: false,
  },
  overig: { label: 'Overig', phrase: 'een overig besluit', effect: 'geen', caseRequired: false, reasonRequired: false },
}

/** A decision stays on record; a withdrawn one keeps its number so numbers are never reused. */
export const decisionStatuses = ['geldig', 'ingetrokken'] as const
export type DecisionStatus = (typeof decisionStatuses)[number]

/** `OMT-D 2025-031`: the table's code, the year of the meeting, a number per table and year. */
export function formatDecisionCode(tableCode: string, year: number, number: number): string {
  return `OMT-${tableCode} ${String(year)}-${String(number).padStart(3, '0')}`
}
