import type { ReportFacts } from './report-facts.queries'

export interface PhaseEntry {
  code: string
  startedOn: string
  closingReason: string | null
}

/** One case as the report sees it: its kind, registration and phase history. */
export interface CaseTimeline {
  id: string
  kind: 'betekenisvol' | 'lokaal'
  registeredOn: string
  signalPartnerId: string | null
  /** In the order the phases were entered. */
  phases: PhaseEntry[]
}

export function caseTimelines(facts: ReportFacts): CaseTimeline[] {
  return facts.cases.map((row) => ({
    id: row.id,
    kind: row.kind,
    registeredOn: row.registered_on,
    signalPartnerId: row.signal_partner_id,
    phases: facts.phasesByCase.get(row.id) ?? [],
  }))
}

/** The phase a case was in at the end of a day; null before it was registered. */
export function phaseAt(timeline: CaseTimeline, date: string): PhaseEntry | null {
  let current: PhaseEntry | null = null
  for (const entry of timeline.phases) if (entry.startedOn <= date) current = entry
  return current
}

export function firstEntry(timeline: CaseTimeline, code: string): PhaseEntry | null {
  return timeline.phases.find((entry) => entry.code === code) ?? null
}

export function dayBefore(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
}

/** Every stay in a phase that has ended: from its start to the start of the next phase. */
export function finishedStays(timeline: CaseTimeline): { code: string; from: string; to: string }[] {
  return timeline.phases.slice(0, -1).map((entry, index) => ({
    code: entry.code,
    from: entry.startedOn,
    to: timeline.phases[index + 1]?.startedOn ?? entry.startedOn,
  }))
}

/** Day numbers by date: ten years hold fewer than 4,000 distinct dates, and a report asks for each many times. */
const dayNumbers = new Map<string, number>()

function dayNumber(isoDate: string): number {
  let day = dayNumbers.get(isoDate)
  if (day === undefined) {
    day = Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000)
    dayNumbers.set(isoDate, day)
  }
  return day
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}
