import { randomUUID } from 'node:crypto'
import { OmtError } from '../../shared/contract/errors'
import type { SubjectPage, SubjectSummary, SubjectValues } from '../../shared/contract/subject.contract'
import type { Db } from '../kernel/schema/database'
import { subjectColumns, subjectColumnsOf, toInvolvement, toSubjectSummary } from './subject-rows'

/** One KvK number is one legal entity: a second record would split its history. */
async function assertKvkFree(db: Db, kvk: string | null, exceptId: string | null, field: string): Promise<void> {
  if (!kvk) return
  let query = db.selectFrom('subject').select(['name']).where('kvk', '=', kvk)
  if (exceptId) query = query.where('id', '!=', exceptId)
  const other = await query.executeTakeFirst()
  if (!other) return
  const message = `KvK-nummer ${kvk} hoort al bij ‘${other.name ?? ''}’. Kies dat subject in plaats van een nieuw aan te maken.`
  throw new OmtError('CONFLICT', message, { [field]: message })
}

/** Inserts without its own transaction, so linking a new subject to a case is one unit. */
export async function insertSubject(db: Db, values: SubjectValues, kvkField = 'kvk'): Promise<SubjectSummary> {
  const columns = subjectColumnsOf(values)
  await assertKvkFree(db, columns.kvk, null, kvkField)
  const now = new Date().toISOString()
  const row = { id: randomUUID(), ...columns, created_at: now, updated_at: now }
  await db.insertInto('subject').values(row).execute()
  return toSubjectSummary(row)
}

export function createSubject(db: Db, values: SubjectValues): Promise<SubjectSummary> {
  return db.transaction().execute((trx) => insertSubject(trx, values))
}

export function updateSubject(db: Db, id: string, values: SubjectValues): Promise<SubjectSummary> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('subject').select(['kind']).where('id', '=', id).executeTakeFirst()
    if (!current) throw new OmtError('NOT_FOUND')
    if (current.kind !== values.kind) {
      const message =
        'Het soort (persoon, rechtspersoon of object) kan niet worden gewijzigd. Maak een nieuw subject aan en koppel dat.'
      throw new OmtError('VALIDATION', message, { kind: message })
    }
    const columns = subjectColumnsOf(values)
    await assertKvkFree(trx, columns.kvk, id, 'kvk')
    const updatedAt = new Date().toISOString()
    await trx
      .updateTable('subject')
      .set({ ...columns, updated_at: updatedAt })
      .where('id', '=', id)
      .execute()
    return toSubjectSummary({ id, ...columns })
  })
}

/** The subject page: the subject and every case it is or was part of, with each period. */
export async function getSubjectPage(db: Db, id: string): Promise<SubjectPage> {
  const row = await db.selectFrom('subject').select(subjectColumns).where('id', '=', id).executeTakeFirst()
  if (!row) throw new OmtError('NOT_FOUND')
  const involvements = await db
    .selectFrom('involvement as i')
    .innerJoin('omt_case as c', 'c.id', 'i.case_id')
    .innerJoin('omt_table as t', 't.id', 'c.table_id')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .selectAll('i')
    .select([
      'c.code',
      'c.alias',
      't.code as table_code',
      'p.id as phase_id',
      'p.code as phase_code',
      'p.name as phase_name',
    ])
    .where('i.subject_id', '=', id)
    .orderBy('c.code')
    .orderBy('i.opened_on')
    .execute()
  const cases = new Map<string, SubjectPage['cases'][number]>()
  for (const inv of involvements) {
    let entry = cases.get(inv.case_id)
    if (!entry) {
      entry = {
        case: {
          id: inv.case_id,
          code: inv.code,
          alias: inv.alias,
          tableCode: inv.table_code,
          phase: { id: inv.phase_id, code: inv.phase_code, name: inv.phase_name },
        },
        involved: false,
        involvements: [],
      }
      cases.set(inv.case_id, entry)
    }
    entry.involvements.push(toInvolvement(inv))
    if (inv.closed_on === null) entry.involved = true
  }
  return { subject: toSubjectSummary(row), cases: [...cases.values()] }
}
