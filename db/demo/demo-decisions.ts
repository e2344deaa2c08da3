import type { AgendaItemType } from '../../shared/domain/agenda'
import { phaseTransition } from '../../shared/domain/decision-rules'
import type { DecisionType } from '../../shared/domain/decision-types'
import { fromDay, toDay } from './demo-phases'
import { type DemoDecision, type DemoMeeting, earliestMeeting, latestMeeting, type Rows } from './demo-meeting-plan'
import { CLOSING_REASON_TEXTS, CLOSING_REASON_WEIGHTS, REASONS } from './demo-meeting-words'
import type { Prng } from './prng'

/** Which decision can have caused a step to a phase; the rules pick the one that fits the history. */
const CANDIDATES: Record<string, readonly DecisionType[]> = {
  analyse: ['start-analyse', 'hervatten'],
  gestart: ['start-casus', 'hervatten'],
  'niet-gestart': ['niet-starten'],
  uitvoering: ['plan-van-aanpak', 'hervatten'],
  evaluatie: ['evaluatie', 'hervatten'],
  afgesloten: ['afsluiten'],
  aangehouden: ['aanhouden'],
  geescaleerd: ['escaleren'],
}

const FINAL = new Set(['afgesloten', 'niet-gestart'])

function sectionOf(type: DecisionType, from: string): AgendaItemType {
  if (type === 'start-analyse' || (type === 'niet-starten' && from === 'signaal')) return 'signalen'
  if (type === 'start-casus' || type === 'niet-starten') return 'start-casus'
  if (type === 'afsluiten') return 'afsluiting'
  return 'voortgang'
}

export type Steps = { code: string; day: number }[]

export function phaseAt(steps: Steps, day: number): string | null {
  let code: string | null = null
  for (const step of steps) {
    if (step.day > day) break
    code = step.code
  }
  return code
}

export interface DecisionContext {
  rng: Prng
  cases: readonly { id: string; table_id: string; registered_on: string }[]
  tableIndex: Map<string, number>
  held: DemoMeeting[][]
  phaseCode: Map<string, string>
}

interface PhasePick {
  caseIndex: number
  row: Rows<'case_phase'>[number]
  fromPhaseId: string
  from: string
  meeting: DemoMeeting
  type: DecisionType
}

interface InvolvementPick {
  inv: Rows<'involvement'>[number]
  caseIndex: number
  change: 'bevestigd' | 'toegevoegd' | 'verwijderd'
  meeting: DemoMeeting
  /** For "bevestigd": the start analyse it belongs to. */
  analysis: PhasePick | null
}

export interface CaseDecisionPlan {
  phases: PhasePick[]
  involvements: InvolvementPick[]
  stepsOf: Map<string, Steps>
  /** Decisions this plan makes: one per phase pick, one per case and meeting for subject changes. */
  count: number
}

/**
 * Which phase changes and involvement changes get a decision, without
 * writing anything: a change is decided at the table's latest meeting on or
 * before it (and dates from that meeting), on or after `since`. Anything
 * earlier, out of a meeting's reach, or that no decision type explains stays
 * as it was: history from before the register was kept in Tafelwerk.
 */
export function planCaseDecisions(
  context: DecisionContext,
  phaseRows: Rows<'case_phase'>,
  involvementRows: Rows<'involvement'>,
  since: number,
): CaseDecisionPlan {
  const byCase = new Map<string, Rows<'case_phase'>>()
  for (const row of phaseRows) {
    const list = byCase.get(row.case_id) ?? []
    list.push(row)
    byCase.set(row.case_id, list)
  }
  const phases: PhasePick[] = []
  const stepsOf = new Map<string, Steps>()
  const analyses = new Map<string, PhasePick>()
  context.cases.forEach((kase, caseIndex) => {
    const rows = (byCase.get(kase.id) ?? []).sort((a, b) => a.seq - b.seq)
    const meetings = context.held[context.tableIndex.get(kase.table_id) ?? -1] ?? []
    const history: string[] = []
    const steps: Steps = []
    let previousDay = toDay(kase.registered_on)
    for (const [index, row] of rows.entries()) {
      const code = context.phaseCode.get(row.phase_id) ?? ''
      const day = toDay(row.started_on)
      const current = history[history.length - 1]
      const previousRow = rows[index - 1]
      const meeting = current === undefined ? null : latestMeeting(meetings, Math.max(previousDay, since), day)
      const type =
        meeting && current !== undefined
          ? (CANDIDATES[code] ?? []).find((candidate) => {
              const verdict = phaseTransition(candidate, {
                code: '',
                phaseCode: current,
                phaseName: current,
                phaseSince: '',
                registeredOn: '',
                history,
              })
              return verdict.ok && verdict.value === code
            })
          : undefined
      if (meeting && type && current !== undefined && previousRow) {
        const pick = { caseIndex, row, fromPhaseId: previousRow.phase_id, from: current, meeting, type }
        phases.push(pick)
        if (type === 'start-analyse') analyses.set(kase.id, pick)
        previousDay = meeting.day
      } else previousDay = day
      history.push(code)
      steps.push({ code, day: previousDay })
    }
    stepsOf.set(kase.id, steps)
  })

  const involvements: InvolvementPick[] = []
  const groups = new Set<string>()
  const caseIndexOf = new Map(context.cases.map((kase, index) => [kase.id, index]))
  for (const inv of involvementRows) {
    const caseIndex = caseIndexOf.get(inv.case_id) ?? -1
    const kase = context.cases[caseIndex]
    if (!kase) continue
    const steps = stepsOf.get(inv.case_id) ?? []
    const meetings = context.held[context.tableIndex.get(kase.table_id) ?? -1] ?? []
    const open = (phase: string | null) => phase !== null && phase !== 'signaal' && !FINAL.has(phase)
    const opened = toDay(inv.opened_on)
    const closed = inv.closed_on ? toDay(inv.closed_on) : null
    const analysis = analyses.get(inv.case_id)
    let openedOn: number | null = null
    if (analysis && opened <= analysis.meeting.day && (closed === null || closed >= analysis.meeting.day)) {
      involvements.push({ inv, caseIndex, change: 'bevestigd', meeting: analysis.meeting, analysis })
      openedOn = analysis.meeting.day
    } else {
      // Added while the case runs: at the meeting before. Proposed with a signal whose analysis has
      // no decision here: at the first meeting after, once the case runs.
      const accept = (candidate: DemoMeeting) => open(phaseAt(steps, candidate.day))
      const meeting = open(phaseAt(steps, opened))
        ? latestMeeting(meetings, Math.max(toDay(kase.registered_on), since), opened, accept)
        : analysis
          ? null
          : earliestMeeting(meetings, Math.max(opened, since), closed ?? Number.MAX_SAFE_INTEGER, accept)
      if (meeting) {
        involvements.push({ inv, caseIndex, change: 'toegevoegd', meeting, analysis: null })
        groups.add(`${String(caseIndex)}|${meeting.id}|toegevoegd`)
        openedOn = meeting.day
      }
    }
    if (openedOn !== null && closed !== null) {
      const meeting = latestMeeting(meetings, Math.max(openedOn, since), closed, (candidate) =>
        open(phaseAt(steps, candidate.day)),
      )
      if (meeting) {
        involvements.push({ inv, caseIndex, change: 'verwijderd', meeting, analysis: null })
        groups.add(`${String(caseIndex)}|${meeting.id}|verwijderd`)
      }
    }
  }
  return { phases, involvements, stepsOf, count: phases.length + groups.size }
}

/** Writes a plan into the rows (dates and decision ids) and makes its decisions. */
export function applyCaseDecisions(
  context: DecisionContext,
  plan: CaseDecisionPlan,
  next: () => number,
): { decisions: DemoDecision[]; links: Rows<'decision_involvement'> } {
  const { rng } = context
  const decisions: DemoDecision[] = []
  const make = (meeting: DemoMeeting, caseIndex: number, type: DecisionType, section: AgendaItemType): DemoDecision => {
    const decision: DemoDecision = {
      id: rng.uuid(),
      meeting,
      caseIndex,
      type,
      section,
      order: next(),
      phaseFromId: null,
      phaseToId: null,
      reason: null,
      closingReason: null,
      subjectCount: 0,
      minutesOf: null,
      text: null,
      agendaItemId: '',
    }
    decisions.push(decision)
    return decision
  }
  const byPick = new Map<PhasePick, DemoDecision>()
  for (const pick of plan.phases) {
    const decision = make(pick.meeting, pick.caseIndex, pick.type, sectionOf(pick.type, pick.from))
    decision.phaseFromId = pick.fromPhaseId
    decision.phaseToId = pick.row.phase_id
    if (pick.type === 'niet-starten') decision.reason = rng.pick(REASONS['niet-starten'])
    if (pick.type === 'afsluiten') {
      const closing = rng.weighted(CLOSING_REASON_WEIGHTS)
      decision.closingReason = closing
      decision.reason = rng.pick(CLOSING_REASON_TEXTS[closing])
    }
    pick.row.started_on = fromDay(pick.meeting.day)
    pick.row.decision_id = decision.id
    byPick.set(pick, decision)
  }
  const links: Rows<'decision_involvement'> = []
  const groups = new Map<string, DemoDecision>()
  for (const pick of plan.involvements) {
    let decision: DemoDecision | undefined
    if (pick.analysis) decision = byPick.get(pick.analysis)
    else {
      const key = `${String(pick.caseIndex)}|${pick.meeting.id}|${pick.change}`
      decision = groups.get(key)
      if (!decision) {
        decision = make(
          pick.meeting,
          pick.caseIndex,
          pick.change === 'toegevoegd' ? 'subject-toevoegen' : 'subject-verwijderen',
          'subjecten',
        )
        groups.set(key, decision)
      }
    }
    if (!decision) continue
    decision.subjectCount++
    links.push({
      decision_id: decision.id,
      involvement_id: pick.inv.id,
      change: pick.change,
      previous_opened_on: pick.change === 'bevestigd' ? pick.inv.opened_on : null,
    })
    if (pick.change === 'verwijderd') {
      pick.inv.closed_on = fromDay(pick.meeting.day)
      pick.inv.closed_by_decision_id = decision.id
    } else {
      pick.inv.opened_on = fromDay(pick.meeting.day)
      pick.inv.opened_by_decision_id = decision.id
    }
  }
  return { decisions, links }
}

/**
 * The earliest day from which the register's changes are decided in
 * Tafelwerk such that they take at most `budget` decisions: the benchmark's
 * decision count holds whatever the histories contain.
 */
export function decisionsSince(
  context: DecisionContext,
  phaseRows: Rows<'case_phase'>,
  involvementRows: Rows<'involvement'>,
  budget: number,
): number {
  const days = context.held.flat().map((meeting) => meeting.day)
  let low = Math.min(...days, 0)
  let high = Math.max(...days, 0) + 1
  if (planCaseDecisions(context, phaseRows, involvementRows, low).count <= budget) return low
  while (low + 1 < high) {
    const middle = (low + high) >> 1
    if (planCaseDecisions(context, phaseRows, involvementRows, middle).count <= budget) high = middle
    else low = middle
  }
  return high
}
