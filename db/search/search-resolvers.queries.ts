import { interventionStatusLabels, interventionSubtypeLabel } from '../../shared/domain/intervention'
import { dutchDate } from '../../shared/domain/iso-date'
import type { SearchKind } from '../../shared/domain/search'
import { objectKindLabels, subjectKindLabels } from '../../shared/domain/subject'
import type { Db } from '../kernel/schema/database'
import { meetingSearchResolvers } from './meeting-search-resolvers.queries'
import type { Display } from './search-display'

/**
 * How a hit of each kind is shown. The index stores only what is searched;
 * titles and context come from the records, so they are never stale. A new
 * kind (agenda item, decision, action item) adds one resolver here.
 */
export const searchResolvers: Record<SearchKind, (db: Db, ids: string[]) => Promise<Map<string, Display>>> = {
  async case(db, ids) {
    const rows = await db
      .selectFrom('omt_case as c')
      .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
      .innerJoin('omt_table as t', 't.id', 'c.table_id')
      .leftJoin('case_summary as cs', 'cs.case_id', 'c.id')
      .select(['c.id', 'c.code', 'c.alias', 'cs.summary', 'p.name as phase', 't.name as table_name'])
      .where('c.id', 'in', ids)
      .execute()
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: `${r.code} ${r.alias}`,
          detail: `${r.phase} · ${r.table_name}`,
          caseId: r.id,
          meetingId: null,
          body: r.summary ?? '',
        },
      ]),
    )
  },
  async subject(db, ids) {
    const rows = await db
      .selectFrom('subject as s')
      .select(['s.id', 's.kind', 's.name', 's.birth_date', 's.kvk', 's.object_kind', 's.description'])
      .select((eb) =>
        eb
          .selectFrom('involvement as i')
          .select((inner) => inner.fn.count<number>('i.case_id').distinct().as('n'))
          .whereRef('i.subject_id', '=', 's.id')
          .as('cases'),
      )
      .where('s.id', 'in', ids)
      .execute()
    return new Map(
      rows.map((r) => {
        const facts = [r.object_kind ? objectKindLabels[r.object_kind] : subjectKindLabels[r.kind]]
        if (r.birth_date) facts.push(`geboren ${dutchDate(r.birth_date)}`)
        if (r.kvk) facts.push(`KvK ${r.kvk}`)
        const cases = Number(r.cases ?? 0)
        facts.push(cases === 1 ? '1 casus' : `${String(cases)} casussen`)
        return [
          r.id,
          {
            title: r.name ?? r.description ?? '',
            detail: facts.join(' · '),
            caseId: null,
            meetingId: null,
            body: '',
            subjectKind: r.kind,
          },
        ]
      }),
    )
  },
  async intervention(db, ids) {
    const rows = await db
      .selectFrom('intervention as i')
      .innerJoin('omt_case as c', 'c.id', 'i.case_id')
      .innerJoin('partner as p', 'p.id', 'i.partner_id')
      .select(['i.id', 'i.case_id', 'i.subtype', 'i.status', 'i.result', 'c.code', 'c.alias', 'p.short_name'])
      .where('i.id', 'in', ids)
      .execute()
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: interventionSubtypeLabel(r.subtype),
          detail: `${r.code} ${r.alias} · ${r.short_name} · ${interventionStatusLabels[r.status]}`,
          caseId: r.case_id,
          meetingId: null,
          body: r.result,
        },
      ]),
    )
  },
  ...meetingSearchResolvers,
}
