import type { Insertable } from 'kysely'
import type { AgendaItemType } from '../../shared/domain/agenda'
import type { ClosingReason } from '../../shared/domain/closing-reason'
import type { DecisionType } from '../../shared/domain/decision-types'
import type { Database } from '../kernel/schema/database'

export type Rows<T extends keyof Database> = Insertable<Database[T]>[]

export interface DemoMeeting {
  id: string
  tableIndex: number
  day: number
  startTime: string
  /** On or before the dataset's today: held, with minutes; later ones are being prepared. */
  held: boolean
}

export interface DemoDecision {
  id: string
  meeting: DemoMeeting
  caseIndex: number | null
  type: DecisionType
  section: AgendaItemType
  /** Creation order: numbers follow it within a meeting. */
  order: number
  phaseFromId: string | null
  phaseToId: string | null
  reason: string | null
  /** Only for "afsluiten". */
  closingReason: ClosingReason | null
  subjectCount: number
  minutesOf: DemoMeeting | null
  text: string | null
  agendaItemId: string
}

/** Everything the demo meetings add, as rows, plus the statuses written once the agendas are in. */
export interface DemoMeetingPlan {
  meetings: Rows<'meeting'>
  agendaItems: Rows<'agenda_item'>
  decisions: Rows<'decision'>
  decisionInvolvements: Rows<'decision_involvement'>
  attendance: Rows<'attendance'>
  actionItems: Rows<'action_item'>
  sequences: Rows<'decision_sequence'>
  finalStatuses: {
    id: string
    status: 'verslag-vastgesteld' | 'verslag-concept'
    adoptedOn: string | null
    adoptedBy: string | null
  }[]
  counts: { meetings: number; agendaItems: number; decisions: number; actionItems: number }
}

/** Per table, meetings in date order, and a search for the latest one in a window of days. */
export function latestMeeting(
  meetings: readonly DemoMeeting[],
  from: number,
  to: number,
  accept: (meeting: DemoMeeting) => boolean = () => true,
): DemoMeeting | null {
  let low = 0
  let high = meetings.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((meetings[middle]?.day ?? 0) <= to) low = middle + 1
    else high = middle
  }
  for (let index = low - 1; index >= 0; index--) {
    const meeting = meetings[index]
    if (!meeting || meeting.day < from) return null
    if (accept(meeting)) return meeting
  }
  return null
}

/** The first meeting in a window of days that `accept`s. */
export function earliestMeeting(
  meetings: readonly DemoMeeting[],
  from: number,
  to: number,
  accept: (meeting: DemoMeeting) => boolean,
): DemoMeeting | null {
  let low = 0
  let high = meetings.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((meetings[middle]?.day ?? 0) < from) low = middle + 1
    else high = middle
  }
  for (let index = low; index < meetings.length; index++) {
    const meeting = meetings[index]
    if (!meeting || meeting.day > to) return null
    if (accept(meeting)) return meeting
  }
  return null
}
