import type { AgendaItem, AgendaItemValues } from '../../shared/contract/agenda.contract'
import type { Decision } from '../../shared/contract/decision.contract'
import { attachmentsOfMeeting } from '../attachments/attachment-rows.queries'
import { selectDecisions } from '../decisions/decision-rows.queries'
import type { MeetingFacts } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'
import type { AgendaItemTable } from '../kernel/schema/meeting.table'
import { toOrder } from './agenda-order.queries'

export function valuesOf(
  row: Pick<
    AgendaItemTable,
    | 'title'
    | 'item_type'
    | 'case_id'
    | 'presenter_partner_id'
    | 'duration_minutes'
    | 'confidential'
    | 'notes'
    | 'chair_notes'
    | 'status'
  >,
): AgendaItemValues {
  return {
    title: row.title,
    type: row.item_type,
    caseId: row.case_id,
    presenterPartnerId: row.presenter_partner_id,
    durationMinutes: row.duration_minutes,
    confidential: row.confidential === 1,
    notes: row.notes,
    chairNotes: row.chair_notes,
    status: row.status,
  }
}

export function columnsOf(values: AgendaItemValues) {
  return {
    title: values.title,
    item_type: values.type,
    case_id: values.caseId,
    presenter_partner_id: values.presenterPartnerId,
    duration_minutes: values.durationMinutes,
    confidential: values.confidential ? (1 as const) : (0 as const),
    notes: values.notes,
    chair_notes: values.chairNotes,
    status: values.status,
  }
}

/**
 * The agenda of a meeting as the screens show it: numbered, timed, with each
 * item's case, decisions and attachment descriptions. `only` narrows the
 * answer; numbering always needs the whole agenda.
 */
export async function agendaItems(db: Db, meeting: MeetingFacts, only?: ReadonlySet<string>): Promise<AgendaItem[]> {
  const rows = await db
    .selectFrom('agenda_item as a')
    .leftJoin('omt_case as c', 'c.id', 'a.case_id')
    .leftJoin('phase as p', 'p.id', 'c.current_phase_id')
    .leftJoin('partner as pr', 'pr.id', 'a.presenter_partner_id')
    .leftJoin('agenda_item as src', 'src.id', 'a.carried_over_from_id')
    .leftJoin('meeting as sm', 'sm.id', 'src.meeting_id')
    .selectAll('a')
    .select([
      'c.code as case_code',
      'c.alias as case_alias',
      'p.id as phase_id',
      'p.code as phase_code',
      'p.name as phase_name',
      'pr.short_name as presenter_short_name',
    ])
    .select(['src.meeting_id as source_meeting_id', 'sm.date as source_meeting_date'])
    .where('a.meeting_id', '=', meeting.id)
    .where('a.deleted_at', 'is', null)
    .execute()
  const order = toOrder(meeting, rows)
  const decisions = await selectDecisions(db, (query) =>
    query.where('d.meeting_id', '=', meeting.id).orderBy('d.number'),
  )
  const decisionsOf = new Map<string, Decision[]>()
  for (const decision of decisions) {
    const list = decisionsOf.get(decision.agendaItemId) ?? []
    list.push(decision)
    decisionsOf.set(decision.agendaItemId, list)
  }
  const attachments = await attachmentsOfMeeting(db, meeting.id)
  const byId = new Map(rows.map((row) => [row.id, row]))
  return order.items.flatMap((slot) => {
    const row = byId.get(slot.id)
    if (!row || (only && !only.has(row.id))) return []
    return [
      {
        ...slot,
        meetingId: row.meeting_id,
        title: row.title,
        type: row.item_type,
        status: row.status,
        case:
          row.case_id &&
          row.case_code !== null &&
          row.case_alias !== null &&
          row.phase_id !== null &&
          row.phase_code !== null &&
          row.phase_name !== null
            ? {
                id: row.case_id,
                code: row.case_code,
                alias: row.case_alias,
                phase: { id: row.phase_id, code: row.phase_code, name: row.phase_name },
              }
            : null,
        presenter:
          row.presenter_partner_id && row.presenter_short_name !== null
            ? { id: row.presenter_partner_id, shortName: row.presenter_short_name }
            : null,
        durationMinutes: row.duration_minutes,
        confidential: row.confidential === 1,
        notes: row.notes,
        chairNotes: row.chair_notes,
        carriedOverFrom:
          row.carried_over_from_id && row.source_meeting_id !== null && row.source_meeting_date !== null
            ? {
                agendaItemId: row.carried_over_from_id,
                meetingId: row.source_meeting_id,
                meetingDate: row.source_meeting_date,
              }
            : null,
        decisions: decisionsOf.get(row.id) ?? [],
        attachments: attachments.get(row.id) ?? [],
      },
    ]
  })
}

export async function agendaItem(db: Db, meeting: MeetingFacts, id: string): Promise<AgendaItem> {
  const [item] = await agendaItems(db, meeting, new Set([id]))
  if (!item) throw new Error('agenda item vanished inside its own transaction')
  return item
}
