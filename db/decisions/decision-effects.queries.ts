import { randomUUID } from 'node:crypto'
import { type Selectable, sql } from 'kysely'
import { OmtError } from '../../shared/contract/errors'
import { ADOPTED } from '../../shared/domain/meeting'
import { adoptMinutesOf } from '../minutes/minutes.queries'
import type { Db } from '../kernel/schema/database'
import type { DecisionTable } from '../kernel/schema/decision.table'
import { insertSubject } from '../subjects/subject.queries'
import type { DecisionDraft } from './decision-plan.queries'
import type { SubjectEffect } from './decision-rows.queries'

/** Proposals made official: pending involvements of the case, all of them or those given. */
async function confirmPending(
  db: Db,
  decisionId: string,
  decidedOn: string,
  pending: { caseId: string } | { ids: readonly string[] },
): Promise<SubjectEffect[]> {
  if ('ids' in pending && pending.ids.length === 0) return []
  let query = db
    .selectFrom('involvement as i')
    .innerJoin('subject as s', 's.id', 'i.subject_id')
    .select(['i.id', 'i.opened_on', 's.id as subject_id', 's.kind', 's.name', 's.description'])
  query =
    'ids' in pending
      ? query.where('i.id', 'in', [...pending.ids])
      : query
          .where('i.case_id', '=', pending.caseId)
          .where('i.closed_on', 'is', null)
          .where('i.opened_by_decision_id', 'is', null)
  const rows = await query.execute()
  if (rows.length === 0) return []
  await db
    .insertInto('decision_involvement')
    .values(
      rows.map((row) => ({
        decision_id: decisionId,
        involvement_id: row.id,
        change: 'bevestigd' as const,
        previous_opened_on: row.opened_on,
      })),
    )
    .execute()
  // The decision's date makes the proposal official: that is when the subject became part of the case.
  await db
    .updateTable('involvement')
    .set({ opened_by_decision_id: decisionId, opened_on: decidedOn })
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .execute()
  return rows.map((row) => ({
    subjectId: row.subject_id,
    kind: row.kind,
    title: row.name ?? row.description ?? '',
    change: 'bevestigd',
  }))
}

/**
 * Writes what a planned decision does to its case, inside the caller's
 * transaction: the decision and its effect commit together or not at all.
 */
export async function applyEffects(
  db: Db,
  decision: { id: string; decidedOn: string },
  draft: DecisionDraft,
): Promise<SubjectEffect[]> {
  const now = new Date().toISOString()
  const caseId = draft.case?.id ?? null
  const subjects: SubjectEffect[] = []
  if (caseId && draft.phaseTo) {
    await db
      .insertInto('case_phase')
      .values((eb) => ({
        id: randomUUID(),
        case_id: caseId,
        seq: eb
          .selectFrom('case_phase')
          .select(sql<number>`coalesce(max(seq), 0) + 1`.as('next'))
          .where('case_id', '=', caseId),
        phase_id: draft.phaseTo?.id ?? '',
        started_on: decision.decidedOn,
        decision_id: decision.id,
        recorded_at: now,
      }))
      .execute()
    // Starting the analysis confirms who the signal was about: the proposals made on the case page.
    if (draft.values.type === 'start-analyse')
      subjects.push(...(await confirmPending(db, decision.id, decision.decidedOn, { caseId })))
  }
  if (caseId) {
    const confirmations: string[] = []
    for (const addition of draft.additions) {
      if (addition.kind === 'bestaand' && addition.pendingInvolvementId) {
        confirmations.push(addition.pendingInvolvementId)
        continue
      }
      const subject =
        addition.kind === 'bestaand'
          ? addition.subject
          : await insertSubject(db, addition.values, 'subjects').then((made) => ({
              subjectId: made.id,
              kind: made.kind,
              title: made.title,
            }))
      const subjectId = subject.subjectId
      subjects.push({ ...subject, change: 'toegevoegd' })
      const involvementId = randomUUID()
      await db
        .insertInto('involvement')
        .values({
          id: involvementId,
          case_id: caseId,
          subject_id: subjectId,
          opened_on: decision.decidedOn,
          closed_on: null,
          opened_by_decision_id: decision.id,
          closed_by_decision_id: null,
          created_at: now,
        })
        .execute()
      await db
        .insertInto('decision_involvement')
        .values({
          decision_id: decision.id,
          involvement_id: involvementId,
          change: 'toegevoegd',
          previous_opened_on: null,
        })
        .execute()
    }
    subjects.push(...(await confirmPending(db, decision.id, decision.decidedOn, { ids: confirmations })))
    if (draft.removals.length > 0) {
      const ids = draft.removals.map((removal) => removal.involvementId)
      await db
        .updateTable('involvement')
        .set({ closed_on: decision.decidedOn, closed_by_decision_id: decision.id })
        .where('id', 'in', ids)
        .execute()
      await db
        .insertInto('decision_involvement')
        .values(
          ids.map((id) => ({
            decision_id: decision.id,
            involvement_id: id,
            change: 'verwijderd' as const,
            previous_opened_on: null,
          })),
        )
        .execute()
      subjects.push(...draft.removals.map((removal) => ({ ...removal.subject, change: 'verwijderd' as const })))
    }
    await db
      .updateTable('omt_case')
      .set({
        updated_at: now,
        ...(draft.caseKindTo ? { kind: draft.caseKindTo } : {}),
        ...(draft.retentionTo ? { retention_until: draft.retentionTo } : {}),
      })
      .where('id', '=', caseId)
      .execute()
  }
  if (draft.minutesMeeting) await adoptMinutesOf(db, draft.minutesMeeting, decision.decidedOn, decision.id)
  return subjects
}

const undoRefused = (message: string): never => {
  throw new OmtError('VALIDATION', message)
}

/** The decision that changed something after this one, to name in a refusal. */
async function laterDecisionCode(db: Db, decisionId: string | null): Promise<string> {
  if (!decisionId) return 'een later besluit'
  const row = await db.selectFrom('decision').select('code').where('id', '=', decisionId).executeTakeFirst()
  return row ? `besluit ${row.code}` : 'een later besluit'
}

/**
 * Undoes exactly what `applyEffects` wrote for this decision, before a
 * correction or a withdrawal. Refused when a later decision built on it:
 * that one is corrected first, so the history never contradicts itself.
 */
export async function revertEffects(db: Db, row: Selectable<DecisionTable>): Promise<void> {
  const caseCode = row.case_id
    ? ((await db.selectFrom('omt_case').select('code').where('id', '=', row.case_id).executeTakeFirst())?.code ?? '')
    : ''
  if (row.case_id && row.phase_to_id) {
    const period = await db
      .selectFrom('case_phase')
      .select(['id', 'seq'])
      .where('decision_id', '=', row.id)
      .executeTakeFirst()
    if (period) {
      const later = await db
        .selectFrom('case_phase')
        .select('decision_id')
        .where('case_id', '=', row.case_id)
        .where('seq', '>', period.seq)
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst()
      if (later) {
        undoRefused(
          `Na besluit ${row.code} is de fase van casus ${caseCode} opnieuw gewijzigd (${await laterDecisionCode(db, later.decision_id)}). Corrigeer of trek eerst dat besluit in.`,
        )
      }
      await db.deleteFrom('case_phase').where('id', '=', period.id).execute()
    }
  }
  if (row.case_id && row.case_kind_from && row.case_kind_to) {
    await db
      .updateTable('omt_case')
      .set({ kind: row.case_kind_from })
      .where('id', '=', row.case_id)
      .where('kind', '=', row.case_kind_to)
      .execute()
  }
  const involvements = await db
    .selectFrom('decision_involvement as di')
    .innerJoin('involvement as i', 'i.id', 'di.involvement_id')
    .innerJoin('subject as s', 's.id', 'i.subject_id')
    .select([
      'di.involvement_id',
      'di.change',
      'di.previous_opened_on',
      'i.case_id',
      'i.subject_id',
      'i.closed_on',
      'i.closed_by_decision_id',
      's.name',
      's.description',
    ])
    .where('di.decision_id', '=', row.id)
    .execute()
  for (const inv of involvements) {
    const title = inv.name ?? inv.description ?? ''
    if (inv.change !== 'verwijderd' && inv.closed_on !== null) {
      undoRefused(
        `‘${title}’ is na besluit ${row.code} weer uit casus ${caseCode} verwijderd (${await laterDecisionCode(db, inv.closed_by_decision_id)}). Corrigeer of trek eerst dat besluit in.`,
      )
    }
  }
  await db.deleteFrom('decision_involvement').where('decision_id', '=', row.id).execute()
  for (const inv of involvements) {
    if (inv.change === 'bevestigd') {
      await db
        .updateTable('involvement')
        .set({ opened_by_decision_id: null, opened_on: inv.previous_opened_on ?? row.decided_on })
        .where('id', '=', inv.involvement_id)
        .execute()
    } else if (inv.change === 'toegevoegd') {
      await db.deleteFrom('involvement').where('id', '=', inv.involvement_id).execute()
    } else {
      const reopened = await db
        .selectFrom('involvement')
        .select('id')
        .where('case_id', '=', inv.case_id)
        .where('subject_id', '=', inv.subject_id)
        .where('closed_on', 'is', null)
        .executeTakeFirst()
      if (reopened)
        undoRefused(
          `‘${inv.name ?? inv.description ?? ''}’ is na besluit ${row.code} opnieuw aan casus ${caseCode} toegevoegd. Corrigeer of trek eerst dat besluit in.`,
        )
      await db
        .updateTable('involvement')
        .set({ closed_on: null, closed_by_decision_id: null })
        .where('id', '=', inv.involvement_id)
        .execute()
    }
  }
  if (row.case_id && row.retention_from && row.retention_to) {
    const changed = await db
      .updateTable('omt_case')
      .set({ retention_until: row.retention_from })
      .where('id', '=', row.case_id)
      .where('retention_until', '=', row.retention_to)
      .executeTakeFirst()
    if (changed.numUpdatedRows === 0n)
      undoRefused(
        `De bewaartermijn van casus ${caseCode} is na besluit ${row.code} opnieuw gewijzigd. Pas die wijziging eerst aan.`,
      )
  }
  if (row.minutes_meeting_id) {
    const target = await db
      .selectFrom('meeting')
      .select(['status', 'minutes_adopted_by_decision_id'])
      .where('id', '=', row.minutes_meeting_id)
      .executeTakeFirst()
    if (target?.status === ADOPTED && target.minutes_adopted_by_decision_id === row.id) {
      const erratum = await db
        .selectFrom('erratum')
        .select('id')
        .where('meeting_id', '=', row.minutes_meeting_id)
        .limit(1)
        .executeTakeFirst()
      if (erratum)
        undoRefused(
          `Bij het verslag dat besluit ${row.code} vaststelde, staat al een erratum. Het verslag blijft vastgesteld; leg een nieuw besluit vast dat naar ${row.code} verwijst.`,
        )
      await db
        .updateTable('meeting')
        .set({
          status: 'verslag-concept',
          minutes_adopted_on: null,
          minutes_adopted_by_decision_id: null,
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', row.minutes_meeting_id)
        .execute()
    }
  }
  if (row.case_id)
    await db
      .updateTable('omt_case')
      .set({ updated_at: new Date().toISOString() })
      .where('id', '=', row.case_id)
      .execute()
}
