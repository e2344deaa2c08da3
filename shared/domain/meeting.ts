import { z } from 'zod'

/**
 * A meeting (vergadering) moves from preparation to adopted minutes. Its
 * minutes are "concept" until adopted; adopted minutes are read-only and later
 * changes are errata. The status is the single source for both.
 */
export const meetingStatuses = [
  'voorbereiding',
  'agenda-verzonden',
  'gehouden',
  'verslag-concept',
  'verslag-vastgesteld',
] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  voorbereiding: 'In voorbereiding',
  'agenda-verzonden': 'Agenda verzonden',
  gehouden: 'Gehouden',
  'verslag-concept': 'Verslag concept',
  'verslag-vastgesteld': 'Verslag vastgesteld',
}

export const ADOPTED: MeetingStatus = 'verslag-vastgesteld'

export type MinutesStatus = 'concept' | 'vastgesteld'

export function minutesStatusOf(status: MeetingStatus): MinutesStatus {
  return status === ADOPTED ? 'vastgesteld' : 'concept'
}

/**
 * Status changes the secretary makes by hand. A step back exists for a status
 * set too early; "verslag vastgesteld" is reached only by adoption (a decision
 * of the next meeting or the confirmed manual step), never by a status change.
 */
export const meetingStatusTransitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  voorbereiding: ['agenda-verzonden', 'gehouden'],
  'agenda-verzonden': ['voorbereiding', 'gehouden'],
  gehouden: ['verslag-concept', 'agenda-verzonden'],
  'verslag-concept': ['gehouden'],
  'verslag-vastgesteld': [],
}

/** Minutes can be adopted once the meeting was held. */
export const ADOPTABLE: readonly MeetingStatus[] = ['gehouden', 'verslag-concept']

export interface StatusChangeFacts {
  hasDecisions: boolean
  /** The meeting's date and today, both YYYY-MM-DD. */
  date: string
  today: string
}

/** Null when the change is allowed, else what to tell the user. */
export function statusChangeProblem(from: MeetingStatus, to: MeetingStatus, facts: StatusChangeFacts): string | null {
  if (from === to) return null
  if (to === ADOPTED) {
    return 'Een verslag wordt vastgesteld met ‘Verslag vaststellen’ of met een besluit ‘verslag vorige vergadering vastgesteld’ in de volgende vergadering.'
  }
  if (from === ADOPTED)
    return 'Het verslag van deze vergadering is vastgesteld; de status kan niet meer veranderen. Leg wijzigingen vast als erratum.'
  if (!meetingStatusTransitions[from].includes(to)) {
    return `Van ‘${meetingStatusLabels[from]}’ kan de status niet naar ‘${meetingStatusLabels[to]}’. Kies ${meetingStatusTransitions[from].map((s) => `‘${meetingStatusLabels[s]}’`).join(' of ')}.`
  }
  const held = ['gehouden', 'verslag-concept'].includes(to)
  if (held && facts.date > facts.today)
    return 'Deze vergadering is nog niet geweest. Zet de status op ‘Gehouden’ op of na de vergaderdatum.'
  if (!held && facts.hasDecisions)
    return 'In deze vergadering zijn al besluiten vastgelegd, dus zij is gehouden. Trek eerst de besluiten in als dat nodig is.'
  return null
}

/** "14:00": meetings start at a local wall-clock time; no time zone belongs to it. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/u

export const Time = z
  .string('Vul een tijd in als uu:mm, bijvoorbeeld 14:00.')
  .regex(TIME_PATTERN, 'Vul een tijd in als uu:mm, bijvoorbeeld 14:00.')

export function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** Wall-clock time `minutes` after midnight; a meeting running past midnight wraps, as a clock does. */
export function fromMinutes(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`
}
