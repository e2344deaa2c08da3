import { type AgendaItemType, DEFAULT_AGENDA_TEMPLATE } from '../../shared/domain/agenda'
import { fromDay } from './demo-phases'
import { phaseAt, type Steps } from './demo-decisions'
import type { DemoDecision, DemoMeeting, Rows } from './demo-meeting-plan'
import { CHAIR_NOTES, ITEM_NOTES, SECTION_NOTES } from './demo-meeting-words'
import type { Prng } from './prng'

const RUNNING = new Set(['analyse', 'gestart', 'uitvoering', 'evaluatie', 'aangehouden', 'geescaleerd'])

export interface AgendaCase {
  id: string
  code: string
  alias: string
  lead_partner_id?: string | null
}

interface AgendaContext {
  rng: Prng
  cases: readonly AgendaCase[]
  casesOfTable: readonly number[][]
  stepsOf: Map<string, Steps>
  /** The voortgang items made to fill agendas, by meeting: where "overig" decisions can go. */
  extras: Map<string, { id: string; caseIndex: number }[]>
  /** Every case item, by meeting: where action items come from. */
  caseItems: Map<string, { id: string; caseIndex: number }[]>
}

const stamp = (day: number) => `${fromDay(day)}T10:00:00.000Z`

/**
 * Every meeting gets the default agenda; under its sections the cases decided
 * on in that meeting (one item per case and section, carrying its decisions)
 * and, to fill the agenda, running cases of the table under "Voortgang".
 * A few of those are held over and return, carried over, next time.
 */
export function buildAgendas(
  context: AgendaContext,
  meetingsByTable: readonly DemoMeeting[][],
  decisions: readonly DemoDecision[],
  fillPerMeeting: (meetingIndex: number) => number,
): Rows<'agenda_item'> {
  const rows: Rows<'agenda_item'> = []
  const { rng } = context
  const byMeeting = new Map<string, DemoDecision[]>()
  for (const decision of decisions)
    byMeeting.set(decision.meeting.id, [...(byMeeting.get(decision.meeting.id) ?? []), decision])
  let meetingIndex = 0
  for (const meetings of meetingsByTable) {
    let heldOver: { caseIndex: number; from: string }[] = []
    for (const meeting of meetings) {
      const created = stamp(meeting.day - (meeting.held ? 14 : 3))
      const base = {
        meeting_id: meeting.id,
        case_id: null,
        presenter_partner_id: null,
        carried_over_from_id: null,
        deleted_at: null,
        created_at: created,
        updated_at: created,
      }
      const tops = new Map<AgendaItemType, string>()
      DEFAULT_AGENDA_TEMPLATE.forEach((template, index) => {
        const id = rng.uuid()
        tops.set(template.type, id)
        rows.push({
          ...base,
          id,
          parent_id: null,
          position: index + 1,
          title: template.title,
          item_type: template.type,
          duration_minutes: template.durationMinutes,
          confidential: template.confidential ? 1 : 0,
          notes: meeting.held ? rng.pick(SECTION_NOTES[template.type] ?? ['']) : '',
          chair_notes: '',
          status: meeting.held ? 'besproken' : 'gepland',
        })
      })
      const positions = new Map<string, number>()
      const onAgenda = new Set<number>()
      const child = (
        section: AgendaItemType,
        caseIndex: number,
        carriedFrom: string | null,
        status: 'besproken' | 'aangehouden' | 'gepland',
      ) => {
        const parent = tops.get(section) ?? ''
        const position = (positions.get(parent) ?? 0) + 1
        positions.set(parent, position)
        onAgenda.add(caseIndex)
        const kase = context.cases[caseIndex]
        const id = rng.uuid()
        context.caseItems.set(meeting.id, [...(context.caseItems.get(meeting.id) ?? []), { id, caseIndex }])
        rows.push({
          ...base,
          id,
          parent_id: parent,
          position,
          title: kase ? `${kase.code} ${kase.alias}` : 'Casus',
          item_type: section,
          case_id: kase?.id ?? null,
          presenter_partner_id: kase?.lead_partner_id ?? null,
          duration_minutes: rng.pick([5, 5, 10, 10, 15]),
          confidential: 1,
          notes: meeting.held ? rng.pick(ITEM_NOTES) : '',
          chair_notes: rng.chance(0.1) ? rng.pick(CHAIR_NOTES) : '',
          status,
          carried_over_from_id: carriedFrom,
        })
        return id
      }
      const itemOf = new Map<string, string>()
      for (const decision of byMeeting.get(meeting.id) ?? []) {
        if (decision.caseIndex === null) {
          decision.agendaItemId = tops.get(decision.section) ?? ''
          continue
        }
        const key = `${String(decision.caseIndex)}|${decision.section}`
        let id = itemOf.get(key)
        if (!id) {
          id = child(decision.section, decision.caseIndex, null, meeting.held ? 'besproken' : 'gepland')
          itemOf.set(key, id)
        }
        decision.agendaItemId = id
      }
      const extras: { id: string; caseIndex: number }[] = []
      const nextHeldOver: { caseIndex: number; from: string }[] = []
      const running = (caseIndex: number) =>
        RUNNING.has(phaseAt(context.stepsOf.get(context.cases[caseIndex]?.id ?? '') ?? [], meeting.day) ?? '')
      for (const carried of heldOver) {
        if (onAgenda.has(carried.caseIndex) || !running(carried.caseIndex)) continue
        extras.push({
          id: child('voortgang', carried.caseIndex, carried.from, meeting.held ? 'besproken' : 'gepland'),
          caseIndex: carried.caseIndex,
        })
      }
      const wanted = fillPerMeeting(meetingIndex++)
      const pool = rng.shuffle(
        (context.casesOfTable[meeting.tableIndex] ?? []).filter(
          (caseIndex) => !onAgenda.has(caseIndex) && running(caseIndex),
        ),
      )
      for (const caseIndex of pool) {
        if (extras.length >= wanted) break
        const held = meeting.held && rng.chance(0.03)
        const id = child('voortgang', caseIndex, null, held ? 'aangehouden' : meeting.held ? 'besproken' : 'gepland')
        extras.push({ id, caseIndex })
        if (held) nextHeldOver.push({ caseIndex, from: id })
      }
      context.extras.set(meeting.id, extras)
      heldOver = nextHeldOver
    }
  }
  return rows
}
