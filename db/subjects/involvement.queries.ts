import { randomUUID } from 'node:crypto'
import type { LinkSubject } from '../../shared/contract/case.contract'
import { OmtError } from '../../shared/contract/errors'
import { FINAL_PHASE_CODES } from '../../shared/domain/case'
import { dutchDate } from '../../shared/domain/iso-date'
import type { SubjectKind } from '../../shared/domain/subject'
import type { Db } from '../kernel/schema/database'
import { insertSubject } from './subject.queries'

/*
 * Why a link from the case page is a proposal, not an involvement by decision:
 * the OMT decides which subjects and objects belong to a case, yet the
 * secretary must be able to record who a signal is about and whom a partner
 * proposes to add before the meeting. Such a link is stored as an ordinary
 * involvement row whose `opened_by_decision_id` is still null, which the
 * contract reports as `pendingDecision: true`. Decisions
 * ("start analyse", "subject toevoegen") confirm pending rows by filling in
 * the decision id and date, or insert a new row when nothing was proposed;
 * "subject verwijderen" closes a row with `closed_by_decision_id`. So the
 * history stays one table and every confirmed period points at its decision,
 * while a pending proposal can still be withdrawn without a trace of a
 * decision that never was.
 */

export async function linkSubject(
  db: Db,
  input: LinkSubject,
): Promise<{ involvementId: string; subjectId: string; subjectKind: SubjectKind; pendingDecision: true }> {
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('omt_case as c')
      .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
      .select(['c.code', 'c.registered_on', 'p.code as phase_code', 'p.name as phase_name'])
      .where('c.id', '=', input.caseId)
      .executeTakeFirst()
    if (!found)
      throw new OmtError('NOT_FOUND', 'Deze casus bestaat niet (meer). Ververs de lijst en kies de casus opnieuw.')
    if (FINAL_PHASE_CODES.includes(found.phase_code)) {
      throw new OmtError(
        'VALIDATION',
        `Casus ${found.code} is ${found.phase_name.toLowerCase()}; er kunnen geen subjecten of objecten meer worden toegevoegd.`,
      )
    }
    if (input.openedOn < found.registered_on) {
      const message = `Deze datum ligt vóór de registratie van casus ${found.code} (${dutchDate(found.registered_on)}). Kies een latere datum.`
      throw new OmtError('VALIDATION', undefined, { openedOn: message })
    }

    const subject = input.subject
    let subjectId: string
    let subjectKind: SubjectKind
    let title: string
    if (subject.kind === 'bestaand') {
      const existing = await trx
        .selectFrom('subject')
        .select(['id', 'kind', 'name', 'description'])
        .where('id', '=', subject.id)
        .executeTakeFirst()
      if (!existing) {
        throw new OmtError('VALIDATION', undefined, {
          subject: 'Dit subject bestaat niet (meer). Zoek het subject opnieuw of voer het in.',
        })
      }
      subjectId = existing.id
      subjectKind = existing.kind
      title = existing.name ?? existing.description ?? ''
    } else {
      const created = await insertSubject(trx, subject, 'subject.kvk')
      subjectId = created.id
      subjectKind = created.kind
      title = created.title
    }

    const open = await trx
      .selectFrom('involvement')
      .select('id')
      .where('case_id', '=', input.caseId)
      .where('subject_id', '=', subjectId)
      .where('closed_on', 'is', null)
      .executeTakeFirst()
    if (open) throw new OmtError('CONFLICT', `‘${title}’ is al betrokken bij casus ${found.code}.`)

    const involvementId = randomUUID()
    const now = new Date().toISOString()
    await trx
      .insertInto('involvement')
      .values({
        id: involvementId,
        case_id: input.caseId,
        subject_id: subjectId,
        opened_on: input.openedOn,
        closed_on: null,
        opened_by_decision_id: null,
        closed_by_decision_id: null,
        created_at: now,
      })
      .execute()
    await trx.updateTable('omt_case').set({ updated_at: now }).where('id', '=', input.caseId).execute()
    return { involvementId, subjectId, subjectKind, pendingDecision: true as const }
  })
}

/**
 * Withdraws a proposal; an involvement a decision confirmed is ended by a
 * decision instead. Answers the case and subject it linked, for the processing log.
 */
export async function unlinkSubject(
  db: Db,
  involvementId: string,
): Promise<{ id: string; caseId: string; subject: { id: string; kind: SubjectKind } }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('involvement as i')
      .innerJoin('subject as s', 's.id', 'i.subject_id')
      .select(['i.case_id', 'i.opened_by_decision_id', 'i.closed_on', 's.id as subject_id', 's.kind as subject_kind'])
      .where('i.id', '=', involvementId)
      .executeTakeFirst()
    if (!row) throw new OmtError('NOT_FOUND')
    if (row.opened_by_decision_id !== null || row.closed_on !== null) {
      throw new OmtError(
        'VALIDATION',
        'Deze betrokkenheid is door de OMT vastgesteld en blijft in de geschiedenis staan. Beëindig haar met een besluit ‘subject/object verwijderen’.',
      )
    }
    await trx.deleteFrom('involvement').where('id', '=', involvementId).execute()
    await trx
      .updateTable('omt_case')
      .set({ updated_at: new Date().toISOString() })
      .where('id', '=', row.case_id)
      .execute()
    return { id: involvementId, caseId: row.case_id, subject: { id: row.subject_id, kind: row.subject_kind } }
  })
}
