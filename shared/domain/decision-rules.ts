import type { DecisionType } from './decision-types'
import { decisionTypeInfo } from './decision-types'
import { dutchDate } from './iso-date'

/**
 * When a decision may change a case's phase, as one table: the phases it may
 * start from, the phase it leads to, and what to tell the user otherwise.
 * Phase codes are fixed reference data (only their labels are editable).
 */
interface PhaseRule {
  from: readonly string[]
  /** Also allowed from a side state (aangehouden, geëscaleerd) that interrupted one of these phases. */
  fromSideStateOf?: readonly string[]
  /** 'resume': back to the main phase the side state interrupted. */
  to: string
  /** Completes "Casus … staat in fase …; <phrase> <needs>." */
  needs: string
}

export const RESUME = 'resume'
export const MAIN_PHASES: readonly string[] = ['signaal', 'analyse', 'gestart', 'uitvoering', 'evaluatie', 'afgesloten']
export const SIDE_PHASES: readonly string[] = ['niet-gestart', 'aangehouden', 'geescaleerd']
const RUNNING = ['signaal', 'analyse', 'gestart', 'uitvoering', 'evaluatie']

export const phaseRules: Partial<Record<DecisionType, PhaseRule>> = {
  'start-analyse': { from: ['signaal'], to: 'analyse', needs: 'kan alleen in fase signaal' },
  'start-casus': { from: ['analyse'], to: 'gestart', needs: 'kan pas na analyse' },
  'niet-starten': {
    from: ['signaal', 'analyse'],
    fromSideStateOf: ['signaal', 'analyse'],
    to: 'niet-gestart',
    needs: 'kan alleen zolang de casus niet is gestart',
  },
  'plan-van-aanpak': { from: ['gestart', 'evaluatie'], to: 'uitvoering', needs: 'kan pas na start casus' },
  evaluatie: { from: ['uitvoering'], to: 'evaluatie', needs: 'kan pas tijdens de uitvoering' },
  afsluiten: {
    from: ['evaluatie', 'geescaleerd'],
    fromSideStateOf: ['gestart', 'uitvoering', 'evaluatie'],
    to: 'afgesloten',
    needs: 'kan pas na evaluatie',
  },
  aanhouden: { from: RUNNING, to: 'aangehouden', needs: 'kan alleen bij een lopende casus' },
  escaleren: {
    from: ['analyse', 'gestart', 'uitvoering', 'evaluatie', 'aangehouden'],
    to: 'geescaleerd',
    needs: 'kan pas vanaf de analyse',
  },
  hervatten: {
    from: ['aangehouden', 'geescaleerd'],
    to: RESUME,
    needs: 'kan alleen bij een aangehouden of geëscaleerde casus',
  },
}

export interface CaseFacts {
  code: string
  phaseCode: string
  /** The phase's label as the user reads it (reference data). */
  phaseName: string
  phaseSince: string
  registeredOn: string
  /** Phase codes from registration to now, oldest first. */
  history: readonly string[]
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; message: string }

const refuse = (message: string): Verdict<never> => ({ ok: false, message })

/** The main phase a run of side states interrupted: where "hervatten" returns to. */
export function interruptedPhase(history: readonly string[]): string | null {
  for (let index = history.length - 1; index >= 0; index--) {
    const code = history[index]
    if (code !== undefined && RUNNING.includes(code)) return code
  }
  return null
}

/** A case that ended takes no more decisions about its phase or subjects. */
export function finalPhaseProblem(facts: Pick<CaseFacts, 'code' | 'phaseCode'>): string | null {
  if (facts.phaseCode === 'afgesloten')
    return `Casus ${facts.code} is al afgesloten. Een nieuw signaal over dezelfde betrokkenen wordt een nieuwe casus.`
  if (facts.phaseCode === 'niet-gestart')
    return `Casus ${facts.code} is niet gestart. Een nieuw signaal over dezelfde betrokkenen wordt een nieuwe casus.`
  return null
}

/** A decision is dated by its meeting: it cannot precede the case or rewrite a later phase. */
export function decisionDateProblem(facts: CaseFacts, decidedOn: string, changesPhase: boolean): string | null {
  if (decidedOn < facts.registeredOn) {
    return `Casus ${facts.code} is geregistreerd op ${dutchDate(facts.registeredOn)}, na deze vergadering (${dutchDate(decidedOn)}). Leg het besluit vast in een latere vergadering.`
  }
  if (changesPhase && decidedOn < facts.phaseSince) {
    return `Casus ${facts.code} staat sinds ${dutchDate(facts.phaseSince)} in fase ${facts.phaseName.toLowerCase()}, na deze vergadering (${dutchDate(decidedOn)}). Leg het besluit vast in een latere vergadering.`
  }
  return null
}

/**
 * The phase a decision moves the case to, or why it cannot. Pure and
 * table-driven: the engine, the demo generator and the tests ask the same.
 */
export function phaseTransition(type: DecisionType, facts: CaseFacts): Verdict<string> {
  const rule = phaseRules[type]
  if (!rule) return refuse(`Een besluit ‘${decisionTypeInfo[type].label}’ wijzigt de fase niet.`)
  const final = finalPhaseProblem(facts)
  if (final) return refuse(final)
  const interrupted = interruptedPhase(facts.history)
  const target = rule.to === RESUME ? interrupted : rule.to
  const already = refuse(`Casus ${facts.code} staat al in fase ${facts.phaseName.toLowerCase()}.`)
  const allowed =
    rule.from.includes(facts.phaseCode) ||
    (SIDE_PHASES.includes(facts.phaseCode) &&
      interrupted !== null &&
      (rule.fromSideStateOf ?? []).includes(interrupted))
  if (!allowed || target === null) {
    if (rule.to !== RESUME && target === facts.phaseCode) return already
    return refuse(
      `Casus ${facts.code} staat in fase ${facts.phaseName.toLowerCase()}; ${decisionTypeInfo[type].phrase} ${rule.needs}.`,
    )
  }
  if (target === facts.phaseCode) return already
  return { ok: true, value: target }
}

/** Which decision a phase asks for, and the agenda section it belongs in. */
export const decisionAskedByPhase: Record<
  string,
  { type: DecisionType; section: 'signalen' | 'start-casus' | 'voortgang' | 'afsluiting' }
> = {
  signaal: { type: 'start-analyse', section: 'signalen' },
  analyse: { type: 'start-casus', section: 'start-casus' },
  gestart: { type: 'plan-van-aanpak', section: 'voortgang' },
  evaluatie: { type: 'afsluiten', section: 'afsluiting' },
}

export function retentionProblem(code: string, current: string, next: string, decidedOn: string): string | null {
  if (next <= current) {
    return `De bewaartermijn van casus ${code} loopt al tot ${dutchDate(current)}. Kies een latere datum; verkorten gaat via de casus zelf.`
  }
  if (next <= decidedOn) return 'De nieuwe bewaartermijn moet na de vergaderdatum eindigen.'
  return null
}
