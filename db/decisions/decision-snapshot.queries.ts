import type { Selectable } from 'kysely'
import type { Decision } from '../../shared/contract/decision.contract'
import type { ClosingReason } from '../../shared/domain/closing-reason'
import type { Db } from '../kernel/schema/database'
import type { DecisionTable, InvolvementChange } from '../kernel/schema/decision.table'

/** A decision as it was, kept with each correction: ids only, so no names sit in JSON. */
export interface DecisionSnapshot {
  type: Selectable<DecisionTable>['type']
  text: string
  reason: string | null
  /** Absent in corrections kept before the coded closing reason existed. */
  closingReason?: ClosingReason | null
  caseId: string | null
  caseCode: string | null
  phaseFromId: string | null
  phaseToId: string | null
  caseKindFrom: string | null
  caseKindTo: string | null
  retentionFrom: string | null
  retentionTo: string | null
  minutesMeetingId: string | null
  refersToDecisionId: string | null
  subjects: { subjectId: string; change: InvolvementChange }[]
}

export async function snapshotOf(db: Db, row: Selectable<DecisionTable>): Promise<DecisionSnapshot> {
  const caseRow = row.case_id
    ? await db.selectFrom('omt_case').select('code').where('id', '=', row.case_id).executeTakeFirst()
    : undefined
  const subjects = await db
    .selectFrom('decision_involvement as di')
    .innerJoin('involvement as i', 'i.id', 'di.involvement_id')
    .select(['i.subject_id', 'di.change'])
    .where('di.decision_id', '=', row.id)
    .execute()
  return {
    type: row.type,
    text: row.text,
    reason: row.reason,
    closingReason: row.closing_reason,
    caseId: row.case_id,
    caseCode: caseRow?.code ?? null,
    phaseFromId: row.phase_from_id,
    phaseToId: row.phase_to_id,
    caseKindFrom: row.case_kind_from,
    caseKindTo: row.case_kind_to,
    retentionFrom: row.retention_from,
    retentionTo: row.retention_to,
    minutesMeetingId: row.minutes_meeting_id,
    refersToDecisionId: row.refers_to_decision_id,
    subjects: subjects.map((subject) => ({ subjectId: subject.subject_id, change: subject.change })),
  }
}

/** A stored snapshot shown like a decision's effect: phases and subjects by name again. */
export async function snapshotEffect(db: Db, snapshot: DecisionSnapshot): Promise<Decision['effect']> {
  const phaseIds = [snapshot.phaseFromId, snapshot.phaseToId].filter((id): id is string => id !== null)
  const phases =
    phaseIds.length > 0
      ? await db.selectFrom('phase').select(['id', 'code', 'name']).where('id', 'in', phaseIds).execute()
      : []
  const phase = (id: string | null) => phases.find((p) => p.id === id) ?? null
  const from = phase(snapshot.phaseFromId)
  const to = phase(snapshot.phaseToId)
  const subjectRows =
    snapshot.subjects.length > 0
      ? await db
          .selectFrom('subject')
          .select(['id', 'kind', 'name', 'description'])
          .where(
            'id',
            'in',
            snapshot.subjects.map((s) => s.subjectId),
          )
          .execute()
      : []
  const minutes = snapshot.minutesMeetingId
    ? await db
        .selectFrom('meeting')
        .select(['id', 'date'])
        .where('id', '=', snapshot.minutesMeetingId)
        .executeTakeFirst()
    : undefined
  const kinds = ['betekenisvol', 'lokaal'] as const
  const kindOf = (value: string | null) => kinds.find((kind) => kind === value) ?? null
  const kindFrom = kindOf(snapshot.caseKindFrom)
  const kindTo = kindOf(snapshot.caseKindTo)
  return {
    phase: from && to ? { from, to } : null,
    caseKind: kindFrom && kindTo ? { from: kindFrom, to: kindTo } : null,
    subjects: snapshot.subjects.flatMap((subject) => {
      const row = subjectRows.find((candidate) => candidate.id === subject.subjectId)
      return row
        ? [
            {
              subjectId: row.id,
              kind: row.kind,
              title: row.name ?? row.description ?? '',
              change: subject.change === 'verwijderd' ? 'verwijderd' : subject.change,
            },
          ]
        : []
    }),
    retention:
      snapshot.retentionFrom && snapshot.retentionTo
        ? { from: snapshot.retentionFrom, to: snapshot.retentionTo }
        : null,
    minutes: minutes ? { meetingId: minutes.id, meetingDate: minutes.date } : null,
  }
}
