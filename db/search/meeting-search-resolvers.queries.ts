import { actionStatusLabels } from '../../shared/domain/action'
import { agendaItemTypeLabels } from '../../shared/domain/agenda'
import { decisionTypeInfo } from '../../shared/domain/decision-types'
import { dutchDate } from '../../shared/domain/iso-date'
import type { Db } from '../kernel/schema/database'
import type { Display } from './search-display'

type Resolver = (db: Db, ids: string[]) => Promise<Map<string, Display>>

/** How hits of the meeting kinds are shown: each leads to its meeting, and to its case where it has one. */
export const meetingSearchResolvers: Record<'agenda-item' | 'decision' | 'action-item', Resolver> = {
  async 'agenda-item'(db, ids) {
    const rows = await db
      .selectFrom('agenda_item as a')
      .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
      .innerJoin('omt_table as t', 't.id', 'm.table_id')
      .select(['a.id', 'a.title', 'a.item_type', 'a.notes', 'a.case_id', 'a.meeting_id', 'm.date', 't.code'])
      .where('a.id', 'in', ids)
      .where('a.deleted_at', 'is', null)
      .execute()
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: r.title,
          detail: `OMT ${r.code} ${dutchDate(r.date)} · ${agendaItemTypeLabels[r.item_type]}`,
          caseId: r.case_id,
          meetingId: r.meeting_id,
          body: r.notes,
        },
      ]),
    )
  },
  async decision(db, ids) {
    const rows = await db
      .selectFrom('decision as d')
      .leftJoin('omt_case as c', 'c.id', 'd.case_id')
      .select([
        'd.id',
        'd.code',
        'd.type',
        'd.status',
        'd.text',
        'd.reason',
        'd.decided_on',
        'd.case_id',
        'd.meeting_id',
        'c.code as case_code',
      ])
      .where('d.id', 'in', ids)
      .execute()
    return new Map(
      rows.map((r) => {
        const facts = [decisionTypeInfo[r.type].label, dutchDate(r.decided_on)]
        if (r.case_code) facts.push(r.case_code)
        if (r.status === 'ingetrokken') facts.push('ingetrokken')
        return [
          r.id,
          {
            title: r.code,
            detail: facts.join(' · '),
            caseId: r.case_id,
            meetingId: r.meeting_id,
            body: [r.text, r.reason].filter(Boolean).join('\n'),
          },
        ]
      }),
    )
  },
  async 'action-item'(db, ids) {
    const rows = await db
      .selectFrom('action_item as a')
      .innerJoin('partner as p', 'p.id', 'a.owner_partner_id')
      .innerJoin('omt_table as t', 't.id', 'a.table_id')
      .select([
        'a.id',
        'a.text',
        'a.status',
        'a.due_date',
        'a.owner_person',
        'a.case_id',
        'a.meeting_id',
        'p.short_name',
        't.code',
      ])
      .where('a.id', 'in', ids)
      .execute()
    return new Map(
      rows.map((r) => {
        const facts = [
          `OMT ${r.code}`,
          r.owner_person ? `${r.short_name} (${r.owner_person})` : r.short_name,
          actionStatusLabels[r.status],
        ]
        if (r.due_date) facts.push(`uiterlijk ${dutchDate(r.due_date)}`)
        return [
          r.id,
          {
            title: r.text.length > 120 ? `${r.text.slice(0, 119)}…` : r.text,
            detail: facts.join(' · '),
            caseId: r.case_id,
            meetingId: r.meeting_id,
            body: r.text,
          },
        ]
      }),
    )
  },
}
