import { randomUUID } from 'node:crypto'
import type { FieldErrors } from '../../shared/contract/errors'
import { OmtError } from '../../shared/contract/errors'
import type { Intervention, InterventionDeleted, InterventionValues } from '../../shared/contract/intervention.contract'
import { checkReferences, partnerCheck } from '../kernel/reference-checks.queries'
import type { Db } from '../kernel/schema/database'
import { selectInterventions } from './intervention-rows.queries'

function columnsOf(values: InterventionValues) {
  return {
    partner_id: values.partnerId,
    kind: values.kind,
    subtype: values.subtype,
    status: values.status,
    started_on: values.startedOn,
    ended_on: values.endedOn,
    result: values.result,
    amount_cents: values.amountCents,
    subject_id: values.subjectId,
  }
}

/** Partner must exist; a target must be (or have been) part of this case. */
async function checkValues(
  db: Db,
  caseId: string,
  values: InterventionValues,
  currentPartnerId: string | null,
): Promise<void> {
  const problems: FieldErrors = {}
  await checkReferences(db, [partnerCheck('partnerId', values.partnerId, currentPartnerId)], problems)
  if (values.subjectId) {
    const involved = await db
      .selectFrom('involvement')
      .select('id')
      .where('case_id', '=', caseId)
      .where('subject_id', '=', values.subjectId)
      .executeTakeFirst()
    if (!involved)
      problems.subjectId =
        'Kies een subject of object dat bij deze casus betrokken is (geweest), of laat het veld leeg.'
  }
  if (Object.keys(problems).length > 0) throw new OmtError('VALIDATION', undefined, problems)
}

async function touchCase(db: Db, caseId: string, now: string): Promise<void> {
  await db.updateTable('omt_case').set({ updated_at: now }).where('id', '=', caseId).execute()
}

async function readOne(db: Db, id: string): Promise<Intervention> {
  const [intervention] = await selectInterventions(db, { id })
  if (!intervention) throw new OmtError('NOT_FOUND')
  return intervention
}

export function createIntervention(db: Db, caseId: string, values: InterventionValues): Promise<Intervention> {
  return db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('omt_case').select('id').where('id', '=', caseId).executeTakeFirst()
    if (!found) throw new OmtError('NOT_FOUND', 'Deze casus bestaat niet (meer). Ververs de pagina.')
    await checkValues(trx, caseId, values, null)
    const now = new Date().toISOString()
    const id = randomUUID()
    await trx
      .insertInto('intervention')
      .values({ id, case_id: caseId, ...columnsOf(values), created_at: now, updated_at: now })
      .execute()
    await touchCase(trx, caseId, now)
    return readOne(trx, id)
  })
}

export function updateIntervention(db: Db, id: string, values: InterventionValues): Promise<Intervention> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('intervention')
      .select(['case_id', 'partner_id'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!current) throw new OmtError('NOT_FOUND')
    await checkValues(trx, current.case_id, values, current.partner_id)
    const now = new Date().toISOString()
    await trx
      .updateTable('intervention')
      .set({ ...columnsOf(values), updated_at: now })
      .where('id', '=', id)
      .execute()
    await touchCase(trx, current.case_id, now)
    return readOne(trx, id)
  })
}

/** Answers the case and the target it concerned, so the processing log can name them. */
export function deleteIntervention(db: Db, id: string): Promise<InterventionDeleted> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('intervention as i')
      .leftJoin('subject as s', 's.id', 'i.subject_id')
      .select(['i.case_id', 'i.subject_id', 's.kind as subject_kind'])
      .where('i.id', '=', id)
      .executeTakeFirst()
    if (!current) throw new OmtError('NOT_FOUND')
    await trx.deleteFrom('intervention').where('id', '=', id).execute()
    await touchCase(trx, current.case_id, new Date().toISOString())
    const subject =
      current.subject_id && current.subject_kind ? { id: current.subject_id, kind: current.subject_kind } : null
    return { id, caseId: current.case_id, subject }
  })
}
