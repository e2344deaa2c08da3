import { randomUUID } from 'node:crypto'
import type { EnforcementIssue, EnforcementIssueValues } from '../../shared/contract/enforcement-issue.contract'
import { type FieldErrors, OmtError } from '../../shared/contract/errors'
import { enforcementIssueStage } from '../../shared/domain/enforcement-issue'
import { todayIso } from '../../shared/domain/iso-date'
import { checkReferences, type ReferenceCheck } from '../kernel/reference-checks.queries'
import type { Db } from '../kernel/schema/database'

const NOT_FOUND = 'Dit handhavingsknelpunt bestaat niet (meer). Ververs de lijst.'

function districtCheck(districtId: string | null, current: string | null): ReferenceCheck {
  return {
    field: 'districtId',
    table: 'district',
    ids: districtId === null ? [] : [districtId],
    alreadyLinked: current ? [current] : [],
    unknown: 'Dit district bestaat niet (meer). Kies een district uit de lijst, of ‘Regionaal’.',
    archived: 'Dit district is gearchiveerd. Kies een actief district, of ‘Regionaal’.',
  }
}

async function checkDistrict(db: Db, values: EnforcementIssueValues, current: string | null): Promise<void> {
  const problems: FieldErrors = {}
  await checkReferences(db, [districtCheck(values.districtId, current)], problems)
  if (Object.keys(problems).length > 0) throw new OmtError('VALIDATION', undefined, problems)
}

function selectIssues(db: Db) {
  return db
    .selectFrom('enforcement_issue as e')
    .leftJoin('district as d', 'd.id', 'e.district_id')
    .selectAll('e')
    .select(['d.code as district_code', 'd.name as district_name'])
}

type IssueRow = Awaited<ReturnType<ReturnType<typeof selectIssues>['execute']>>[number]

function toIssue(row: IssueRow, today: string): EnforcementIssue {
  const dates = { designatedOn: row.designated_on, planAdoptedOn: row.plan_adopted_on, finishedOn: row.finished_on }
  return {
    id: row.id,
    district:
      row.district_id && row.district_code !== null && row.district_name !== null
        ? { id: row.district_id, code: row.district_code, name: row.district_name }
        : null,
    name: row.name,
    ...dates,
    stage: enforcementIssueStage(dates, today),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Regional HHKs first, then per district by code; within each, by designation. */
export async function listEnforcementIssues(db: Db): Promise<EnforcementIssue[]> {
  const rows = await selectIssues(db)
    .orderBy((eb) => eb.case().when('e.district_id', 'is', null).then(0).else(1).end())
    .orderBy('d.code')
    .orderBy('e.designated_on')
    .orderBy('e.name')
    .execute()
  const today = todayIso()
  return rows.map((row) => toIssue(row, today))
}

async function issueById(db: Db, id: string): Promise<EnforcementIssue> {
  const row = await selectIssues(db).where('e.id', '=', id).executeTakeFirst()
  if (!row) throw new OmtError('NOT_FOUND', NOT_FOUND)
  return toIssue(row, todayIso())
}

const columnsOf = (values: EnforcementIssueValues) => ({
  district_id: values.districtId,
  name: values.name,
  designated_on: values.designatedOn,
  plan_adopted_on: values.planAdoptedOn,
  finished_on: values.finishedOn,
})

export function createEnforcementIssue(db: Db, values: EnforcementIssueValues): Promise<EnforcementIssue> {
  return db.transaction().execute(async (trx) => {
    await checkDistrict(trx, values, null)
    const id = randomUUID()
    const now = new Date().toISOString()
    await trx
      .insertInto('enforcement_issue')
      .values({ id, ...columnsOf(values), created_at: now, updated_at: now })
      .execute()
    return issueById(trx, id)
  })
}

export function updateEnforcementIssue(db: Db, id: string, values: EnforcementIssueValues): Promise<EnforcementIssue> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('enforcement_issue')
      .select('district_id')
      .where('id', '=', id)
      .executeTakeFirst()
    if (!current) throw new OmtError('NOT_FOUND', NOT_FOUND)
    // An archived district the HHK already belongs to may stay, as elsewhere in the register.
    await checkDistrict(trx, values, current.district_id)
    await trx
      .updateTable('enforcement_issue')
      .set({ ...columnsOf(values), updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
    return issueById(trx, id)
  })
}

export async function deleteEnforcementIssue(db: Db, id: string): Promise<{ id: string }> {
  const { numDeletedRows } = await db.deleteFrom('enforcement_issue').where('id', '=', id).executeTakeFirst()
  if (numDeletedRows === 0n) throw new OmtError('NOT_FOUND', NOT_FOUND)
  return { id }
}
