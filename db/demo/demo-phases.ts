import type { Prng } from './prng'

export interface PhaseStep {
  code: string
  day: number
}

type Next = readonly (readonly [string, number])[]

/**
 * How long a case stays in a phase (days) and where it goes next, roughly as
 * the region describes its cases: many signals never start, executions take
 * one to two years, and side states return to the main line.
 */
const TRANSITIONS: Record<string, { min: number; max: number; next: Next }> = {
  signaal: {
    min: 14,
    max: 90,
    next: [
      ['analyse', 78],
      ['niet-gestart', 17],
      ['aangehouden', 5],
    ],
  },
  analyse: {
    min: 30,
    max: 160,
    next: [
      ['gestart', 70],
      ['niet-gestart', 20],
      ['aangehouden', 10],
    ],
  },
  gestart: {
    min: 20,
    max: 100,
    next: [
      ['uitvoering', 92],
      ['aangehouden', 5],
      ['geescaleerd', 3],
    ],
  },
  uitvoering: {
    min: 120,
    max: 720,
    next: [
      ['evaluatie', 80],
      ['aangehouden', 10],
      ['geescaleerd', 10],
    ],
  },
  evaluatie: {
    min: 30,
    max: 120,
    next: [
      ['afgesloten', 85],
      ['uitvoering', 15],
    ],
  },
  geescaleerd: {
    min: 60,
    max: 240,
    next: [
      ['uitvoering', 60],
      ['afgesloten', 40],
    ],
  },
}

const MAIN_LINE = ['signaal', 'analyse', 'gestart', 'uitvoering', 'evaluatie']

/** A history from registration until `endDay`, dates strictly increasing. */
export function demoPhaseHistory(rng: Prng, registeredDay: number, endDay: number): PhaseStep[] {
  const steps: PhaseStep[] = [{ code: 'signaal', day: registeredDay }]
  let current = 'signaal'
  let resumeTo = 'signaal'
  let day = registeredDay
  for (;;) {
    let next: string
    let stay: number
    if (current === 'aangehouden') {
      stay = rng.int(60, 300)
      // Most cases on hold resume where they stopped; the others end there.
      const ends = MAIN_LINE.indexOf(resumeTo) >= 2 ? 'afgesloten' : 'niet-gestart'
      next = rng.chance(0.8) ? resumeTo : ends
    } else {
      const rule = TRANSITIONS[current]
      if (!rule) break
      stay = rng.int(rule.min, rule.max)
      next = rng.weighted(rule.next)
    }
    day += stay
    if (day > endDay) break
    if (next === 'aangehouden') resumeTo = current
    steps.push({ code: next, day })
    current = next
  }
  return steps
}

/** Days since 1970-01-01 (UTC) and back; demo dates never need a time zone. */
export const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)
export const fromDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)
