import { defaultDecisionText } from '../../shared/domain/decision-text'
import { formatDecisionCode } from '../../shared/domain/decision-types'
import type { DemoMeetingReferences } from './demo-data.queries'
import { type AgendaCase, buildAgendas } from './demo-agendas'
import { applyCaseDecisions, type DecisionContext, decisionsSince, planCaseDecisions } from './demo-decisions'
import type { DemoDecision, DemoMeeting, DemoMeetingPlan, Rows } from './demo-meeting-plan'
import { ACTIONS, GUESTS, LOCATIONS, OTHER_DECISIONS } from './demo-meeting-words'
import { fromDay } from './demo-phases'
import { OFFICIALS } from './demo-words'
import type { Prng } from './prng'

/** At scale 1: 1,500 meetings, 50,000 agenda items, 20,000 decisions, 10,000 action items. */
export const DEMO_MEETING_BASE = {
  meetings: 1500,
  agendaItems: 50_000,
  decisions: 20_000,
  actionItems: 10_000,
} as const

/**
 * Tables meet every two weeks; the schedule runs back from just after the
 * dataset's today. A smaller dataset has fewer meetings: they are spread over
 * the ten years, so every case's history still has its decisions.
 */
const MIN_INTERVAL_DAYS = 14
const HISTORY_DAYS = 3650
/** "Overig" decisions fill up to the benchmark's count, a few per meeting at most. */
const OTHER_PER_MEETING = 3
const START_TIMES = ['09:30', '10:00', '13:30', '14:00', '09:00', '15:00']

export interface DemoMeetingInput {
  rng: Prng
  scale: number
  endDay: number
  tables: readonly { id: string; code: string }[]
  caseRows: readonly (AgendaCase & { table_id: string; registered_on: string; kind: 'betekenisvol' | 'lokaal' })[]
  phaseRows: Rows<'case_phase'>
  involvementRows: Rows<'involvement'>
}

const stamp = (day: number) => `${fromDay(day)}T10:00:00.000Z`

function schedule(input: DemoMeetingInput, total: number): DemoMeeting[][] {
  const { rng, tables, endDay } = input
  return tables.map((_, tableIndex) => {
    const count = Math.floor(total / tables.length) + (tableIndex < total % tables.length ? 1 : 0)
    const interval = Math.max(MIN_INTERVAL_DAYS, Math.floor(HISTORY_DAYS / Math.max(1, count)))
    // Each table on its own weekday, the next meeting within two weeks of today.
    const last = endDay + 1 + ((tableIndex * 2 + 3) % MIN_INTERVAL_DAYS)
    const startTime = START_TIMES[tableIndex % START_TIMES.length] ?? '10:00'
    return Array.from({ length: count }, (_, index) => {
      const day = last - (count - 1 - index) * interval
      return { id: rng.uuid(), tableIndex, day, startTime, held: day <= endDay }
    })
  })
}

/**
 * Plans the meetings of the demo register: a schedule per table, decisions
 * for the generated phase histories and involvements (which are adjusted in
 * place to date from their meeting), agendas, attendance and action items.
 * Deterministic with the generator's own random stream.
 */
export function planDemoMeetings(references: DemoMeetingReferences, input: DemoMeetingInput): DemoMeetingPlan {
  const { rng, scale, tables } = input
  const target = {
    meetings: Math.max(tables.length, Math.round(DEMO_MEETING_BASE.meetings * scale)),
    agendaItems: Math.round(DEMO_MEETING_BASE.agendaItems * scale),
    decisions: Math.round(DEMO_MEETING_BASE.decisions * scale),
    actionItems: Math.round(DEMO_MEETING_BASE.actionItems * scale),
  }
  const { phases, partners } = references
  const meetingsByTable = schedule(input, target.meetings)
  const held = meetingsByTable.map((meetings) => meetings.filter((meeting) => meeting.held))
  const tableIndex = new Map(tables.map((table, index) => [table.id, index]))
  let order = 0
  const context: DecisionContext = {
    rng,
    cases: input.caseRows,
    tableIndex,
    held,
    phaseCode: new Map(phases.map((phase) => [phase.id, phase.code])),
  }
  const adoptions = held.reduce((sum, meetings) => sum + Math.max(0, meetings.length - 1), 0)
  const since = decisionsSince(context, input.phaseRows, input.involvementRows, target.decisions - adoptions)
  const plan = planCaseDecisions(context, input.phaseRows, input.involvementRows, since)
  const { decisions, links: decisionInvolvements } = applyCaseDecisions(context, plan, () => order++)
  const stepsOf = plan.stepsOf
  // Each held meeting adopts the minutes of the one before it.
  for (const meetings of held) {
    meetings.forEach((meeting, index) => {
      const previous = meetings[index - 1]
      if (!previous) return
      decisions.push({
        id: rng.uuid(),
        meeting,
        caseIndex: null,
        type: 'verslag-vastgesteld',
        section: 'verslag',
        order: order++,
        phaseFromId: null,
        phaseToId: null,
        reason: null,
        closingReason: null,
        subjectCount: 0,
        minutesOf: previous,
        text: null,
        agendaItemId: '',
      })
    })
  }

  const decisionItems = new Set(
    decisions.filter((d) => d.caseIndex !== null).map((d) => `${d.meeting.id}|${String(d.caseIndex)}|${d.section}`),
  ).size
  const fill = Math.max(0, target.agendaItems - target.meetings * 10 - decisionItems)
  const extras = new Map<string, { id: string; caseIndex: number }[]>()
  const caseItems = new Map<string, { id: string; caseIndex: number }[]>()
  const casesOfTable = tables.map(() => [] as number[])
  input.caseRows.forEach((row, index) => casesOfTable[tableIndex.get(row.table_id) ?? -1]?.push(index))
  const agendaItems = buildAgendas(
    { rng, cases: input.caseRows, casesOfTable, stepsOf, extras, caseItems },
    meetingsByTable,
    decisions,
    (index) => Math.floor(fill / target.meetings) + (index < fill % target.meetings ? 1 : 0),
  )

  // Up to the target, held meetings also took decisions without an effect ("overig").
  const allMeetings = meetingsByTable.flat()
  const heldExtras = rng.shuffle(
    allMeetings
      .filter((meeting) => meeting.held)
      .flatMap((meeting) =>
        (extras.get(meeting.id) ?? []).slice(0, OTHER_PER_MEETING).map((extra) => ({ meeting, ...extra })),
      ),
  )
  for (const extra of heldExtras.slice(0, Math.max(0, target.decisions - decisions.length))) {
    decisions.push({
      id: rng.uuid(),
      meeting: extra.meeting,
      caseIndex: extra.caseIndex,
      type: 'overig',
      section: 'voortgang',
      order: order++,
      phaseFromId: null,
      phaseToId: null,
      reason: null,
      closingReason: null,
      subjectCount: 0,
      minutesOf: null,
      text: rng.pick(OTHER_DECISIONS),
      agendaItemId: extra.id,
    })
  }

  const { rows: decisionRows, sequences } = numberDecisions(input, decisions)
  const actionItems = demoActions(rng, input, allMeetings, caseItems, decisions, partners, target.actionItems)
  return {
    meetings: allMeetings.map((meeting) => {
      const table = tables[meeting.tableIndex]
      const created = stamp(meeting.day - 28)
      return {
        id: meeting.id,
        table_id: table?.id ?? '',
        date: fromDay(meeting.day),
        start_time: meeting.startTime,
        location: LOCATIONS[table?.code ?? ''] ?? '',
        chair: OFFICIALS[(meeting.tableIndex * 5) % OFFICIALS.length] ?? null,
        secretary: OFFICIALS[(meeting.tableIndex * 5 + 2) % OFFICIALS.length] ?? null,
        number_prefix: '',
        status: meeting.held ? 'gehouden' : 'voorbereiding',
        minutes_adopted_on: null,
        minutes_adopted_by_decision_id: null,
        created_at: created,
        updated_at: stamp(Math.min(meeting.day + 7, input.endDay)),
      }
    }),
    agendaItems,
    decisions: decisionRows,
    decisionInvolvements,
    attendance: demoAttendance(rng, allMeetings, partners),
    actionItems,
    sequences,
    finalStatuses: finalStatuses(held, decisions),
    counts: {
      meetings: allMeetings.length,
      agendaItems: agendaItems.length,
      decisions: decisionRows.length,
      actionItems: actionItems.length,
    },
  }
}

/** Numbers per table and year in the order the decisions were taken, as the app hands them out. */
function numberDecisions(
  input: DemoMeetingInput,
  decisions: DemoDecision[],
): { rows: Rows<'decision'>; sequences: Rows<'decision_sequence'> } {
  const sorted = [...decisions].sort(
    (a, b) => a.meeting.day - b.meeting.day || a.meeting.tableIndex - b.meeting.tableIndex || a.order - b.order,
  )
  const last = new Map<string, number>()
  const rows = sorted.map((decision) => {
    const table = input.tables[decision.meeting.tableIndex]
    const date = fromDay(decision.meeting.day)
    const year = Number(date.slice(0, 4))
    const key = `${table?.id ?? ''}|${String(year)}`
    const number = (last.get(key) ?? 0) + 1
    last.set(key, number)
    const kase = decision.caseIndex === null ? undefined : input.caseRows[decision.caseIndex]
    const text =
      decision.text ??
      defaultDecisionText(decision.type, {
        caseLabel: kase ? `${kase.code} (${kase.alias})` : null,
        caseKind: kase?.kind ?? null,
        reason: decision.reason,
        subjectCount: decision.subjectCount,
        retentionUntil: null,
        minutesOf: decision.minutesOf ? fromDay(decision.minutesOf.day) : null,
      })
    const created = `${date}T${decision.meeting.startTime}:00.000Z`
    return {
      id: decision.id,
      code: formatDecisionCode(table?.code ?? '', year, number),
      table_id: table?.id ?? '',
      year,
      number,
      meeting_id: decision.meeting.id,
      agenda_item_id: decision.agendaItemId,
      decided_on: date,
      type: decision.type,
      status: 'geldig' as const,
      case_id: kase?.id ?? null,
      text,
      reason: decision.reason,
      closing_reason: decision.closingReason,
      phase_from_id: decision.phaseFromId,
      phase_to_id: decision.phaseToId,
      case_kind_from: decision.type === 'start-casus' ? (kase?.kind ?? null) : null,
      case_kind_to: decision.type === 'start-casus' ? (kase?.kind ?? null) : null,
      retention_from: null,
      retention_to: null,
      minutes_meeting_id: decision.minutesOf?.id ?? null,
      refers_to_decision_id: null,
      created_at: created,
      updated_at: created,
    }
  })
  const sequences = [...last].map(([key, last_number]) => {
    const [table_id = '', year = '0'] = key.split('|')
    return { table_id, year: Number(year), last_number }
  })
  return { rows, sequences }
}

function finalStatuses(
  held: readonly DemoMeeting[][],
  decisions: readonly DemoDecision[],
): DemoMeetingPlan['finalStatuses'] {
  const adoptedBy = new Map(decisions.filter((d) => d.minutesOf).map((d) => [d.minutesOf?.id ?? '', d]))
  return held.flatMap((meetings) =>
    meetings.map((meeting) => {
      const adoption = adoptedBy.get(meeting.id)
      return adoption
        ? {
            id: meeting.id,
            status: 'verslag-vastgesteld' as const,
            adoptedOn: fromDay(adoption.meeting.day),
            adoptedBy: adoption.id,
          }
        : { id: meeting.id, status: 'verslag-concept' as const, adoptedOn: null, adoptedBy: null }
    }),
  )
}

function demoAttendance(
  rng: Prng,
  meetings: readonly DemoMeeting[],
  partners: readonly { id: string }[],
): Rows<'attendance'> {
  const rows: Rows<'attendance'> = []
  for (const meeting of meetings) {
    const created = stamp(meeting.day - 14)
    partners.forEach((partner, index) => {
      rows.push({
        id: rng.uuid(),
        meeting_id: meeting.id,
        kind: 'partner',
        partner_id: partner.id,
        person_name: rng.chance(0.4) ? rng.pick(OFFICIALS) : null,
        organisation: null,
        status: meeting.held
          ? rng.weighted([
              ['aanwezig', 80],
              ['afgemeld', 15],
              ['afwezig', 5],
            ] as const)
          : null,
        position: index + 1,
        created_at: created,
      })
    })
    if (meeting.held && rng.chance(0.1)) {
      const [name, organisation] = rng.pick(GUESTS)
      rows.push({
        id: rng.uuid(),
        meeting_id: meeting.id,
        kind: 'gast',
        partner_id: null,
        person_name: name,
        organisation,
        status: 'aanwezig',
        position: partners.length + 1,
        created_at: created,
      })
    }
  }
  return rows
}

function demoActions(
  rng: Prng,
  input: DemoMeetingInput,
  meetings: readonly DemoMeeting[],
  caseItems: Map<string, { id: string; caseIndex: number }[]>,
  decisions: readonly DemoDecision[],
  partners: readonly { id: string }[],
  target: number,
): Rows<'action_item'> {
  const held = meetings.filter((meeting) => meeting.held && (caseItems.get(meeting.id)?.length ?? 0) > 0)
  if (held.length === 0 || partners.length === 0) return []
  const decisionsOfItem = new Map<string, DemoDecision>()
  for (const decision of decisions)
    if (decision.caseIndex !== null) decisionsOfItem.set(decision.agendaItemId, decision)
  const rows: Rows<'action_item'> = []
  for (let index = 0; index < target; index++) {
    const meeting = held[index % held.length]
    if (!meeting) continue
    const extra = rng.pick(caseItems.get(meeting.id) ?? [])
    const kase = input.caseRows[extra.caseIndex]
    const decision = rng.chance(0.3) ? decisionsOfItem.get(extra.id) : undefined
    const due = meeting.day + rng.int(14, 56)
    const status =
      due + 30 < input.endDay
        ? rng.weighted([
            ['gereed', 85],
            ['vervallen', 10],
            ['open', 5],
          ] as const)
        : due < input.endDay
          ? rng.weighted([
              ['open', 60],
              ['gereed', 40],
            ] as const)
          : 'open'
    const changed = status === 'open' ? null : fromDay(Math.min(input.endDay, rng.int(meeting.day + 1, due + 20)))
    rows.push({
      id: rng.uuid(),
      table_id: input.tables[meeting.tableIndex]?.id ?? '',
      meeting_id: meeting.id,
      agenda_item_id: extra.id,
      decision_id: decision?.id ?? null,
      case_id: kase?.id ?? null,
      text: rng.pick(ACTIONS),
      owner_partner_id: kase?.lead_partner_id && rng.chance(0.5) ? kase.lead_partner_id : rng.pick(partners).id,
      owner_person: rng.chance(0.4) ? rng.pick(OFFICIALS) : null,
      due_date: fromDay(due),
      status,
      status_changed_on: changed,
      created_at: stamp(meeting.day),
      updated_at: stamp(changed ? Math.min(input.endDay, meeting.day + 30) : meeting.day),
    })
  }
  return rows
}
