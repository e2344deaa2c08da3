import type { Intervention } from '../../shared/contract/intervention.contract'
import { interventionSubtypeLabel } from '../../shared/domain/intervention'
import type { Db } from '../kernel/schema/database'

/** Interventions with their partner and target, for the case page and after a write. */
export async function selectInterventions(db: Db, where: { caseId: string } | { id: string }): Promise<Intervention[]> {
  const rows = await db
    .selectFrom('intervention as i')
    .innerJoin('partner as p', 'p.id', 'i.partner_id')
    .leftJoin('subject as s', 's.id', 'i.subject_id')
    .selectAll('i')
    .select([
      'p.short_name as partner_short_name',
      's.name as subject_name',
      's.kind as subject_kind',
      's.description as subject_description',
    ])
    .$call((query) =>
      'caseId' in where ? query.where('i.case_id', '=', where.caseId) : query.where('i.id', '=', where.id),
    )
    .orderBy((eb) => eb.fn.coalesce('i.started_on', 'i.created_at'))
    .orderBy('i.created_at')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    partner: { id: row.partner_id, shortName: row.partner_short_name },
    kind: row.kind,
    subtype: row.subtype,
    subtypeLabel: interventionSubtypeLabel(row.subtype),
    status: row.status,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    result: row.result,
    amountCents: row.amount_cents,
    subject:
      row.subject_id && row.subject_kind
        ? { id: row.subject_id, kind: row.subject_kind, title: row.subject_name ?? row.subject_description ?? '' }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }))
}
