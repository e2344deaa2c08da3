import type { CaseDetail } from '../../shared/contract/case.contract'
import { OmtError } from '../../shared/contract/errors'
import { selectInterventions } from '../interventions/intervention-rows.queries'
import type { Db } from '../kernel/schema/database'
import { toInvolvement, toSubjectSummary } from '../subjects/subject-rows'

/** Everything the case page shows, in one call. */
export async function getCase(db: Db, id: string): Promise<CaseDetail> {
  const row = await db
    .selectFrom('omt_case as c')
    .innerJoin('omt_table as t', 't.id', 'c.table_id')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .leftJoin('partner as lp', 'lp.id', 'c.lead_partner_id')
    .leftJoin('partner as sp', 'sp.id', 'c.signal_partner_id')
    .leftJoin('case_summary as cs', 'cs.case_id', 'c.id')
    .selectAll('c')
    .select('cs.summary')
    .select(['t.code as table_code', 't.name as table_name', 'p.code as phase_code', 'p.name as phase_name'])
    .select(['lp.name as lead_partner_name', 'lp.short_name as lead_partner_short_name'])
    .select(['sp.name as signal_partner_name', 'sp.short_name as signal_partner_short_name'])
    .where('c.id', '=', id)
    .executeTakeFirst()
  if (!row) throw new OmtError('NOT_FOUND', 'Deze casus bestaat niet (meer).')

  const themes = await db
    .selectFrom('case_theme as ct')
    .innerJoin('theme as th', 'th.id', 'ct.theme_id')
    .select(['th.id', 'th.name'])
    .where('ct.case_id', '=', id)
    .orderBy('th.name')
    .execute()
  const gemeenten = await db
    .selectFrom('case_gemeente as cg')
    .innerJoin('gemeente as g', 'g.id', 'cg.gemeente_id')
    .select(['g.id', 'g.name'])
    .where('cg.case_id', '=', id)
    .orderBy('g.name')
    .execute()
  const phases = await db
    .selectFrom('case_phase as cp')
    .innerJoin('phase as p', 'p.id', 'cp.phase_id')
    .select(['cp.id', 'cp.started_on', 'cp.decision_id', 'p.id as phase_id', 'p.code', 'p.name'])
    .where('cp.case_id', '=', id)
    .orderBy('cp.seq')
    .execute()
  const involvements = await db
    .selectFrom('involvement as i')
    .innerJoin('subject as s', 's.id', 'i.subject_id')
    .selectAll('i')
    .select([
      's.kind as subject_kind',
      's.name as subject_name',
      's.birth_date as subject_birth_date',
      's.kvk as subject_kvk',
      's.object_kind as subject_object_kind',
      's.description as subject_description',
    ])
    .where('i.case_id', '=', id)
    .orderBy('i.opened_on')
    .orderBy('i.created_at')
    .execute()

  const subjects = new Map<string, CaseDetail['subjects'][number]>()
  for (const inv of involvements) {
    let entry = subjects.get(inv.subject_id)
    if (!entry) {
      const subject = toSubjectSummary({
        id: inv.subject_id,
        kind: inv.subject_kind,
        name: inv.subject_name,
        birth_date: inv.subject_birth_date,
        kvk: inv.subject_kvk,
        object_kind: inv.subject_object_kind,
        description: inv.subject_description,
      })
      entry = { subject, involved: false, involvements: [] }
      subjects.set(inv.subject_id, entry)
    }
    entry.involvements.push(toInvolvement(inv))
    if (inv.closed_on === null) entry.involved = true
  }

  return {
    id: row.id,
    code: row.code,
    alias: row.alias,
    kind: row.kind,
    table: { id: row.table_id, code: row.table_code, name: row.table_name },
    leadPartner:
      row.lead_partner_id && row.lead_partner_name !== null && row.lead_partner_short_name !== null
        ? { id: row.lead_partner_id, name: row.lead_partner_name, shortName: row.lead_partner_short_name }
        : null,
    signalPartner:
      row.signal_partner_id && row.signal_partner_name !== null && row.signal_partner_short_name !== null
        ? { id: row.signal_partner_id, name: row.signal_partner_name, shortName: row.signal_partner_short_name }
        : null,
    caseDirector: row.case_director,
    summary: row.summary ?? '',
    themes,
    gemeenten,
    registeredOn: row.registered_on,
    retentionUntil: row.retention_until,
    phase: { id: row.current_phase_id, code: row.phase_code, name: row.phase_name },
    phaseSince: row.phase_since,
    phaseHistory: phases.map((period, index) => ({
      id: period.id,
      phase: { id: period.phase_id, code: period.code, name: period.name },
      startedOn: period.started_on,
      endedOn: phases[index + 1]?.started_on ?? null,
      decisionId: period.decision_id,
    })),
    // Current subjects first, then former ones; each by the date it first came in.
    subjects: [...subjects.values()].sort((a, b) => Number(b.involved) - Number(a.involved)),
    interventions: await selectInterventions(db, { caseId: id }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
