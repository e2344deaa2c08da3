import { sql } from 'kysely'
import { OmtError } from '../../shared/contract/errors'
import {
  type ProcessingActivity,
  processingActivityFields,
  type ProcessingActivityValues,
} from '../../shared/contract/processing-register.contract'
import type { Db } from '../kernel/schema/database'
import type { ProcessingActivityTable } from '../kernel/schema/processing-log.table'

const toActivity = (row: ProcessingActivityTable): ProcessingActivity => ({
  id: row.id,
  version: row.version,
  name: row.name,
  purpose: row.purpose,
  legalBasis: row.legal_basis,
  dataCategories: row.data_categories,
  subjectCategories: row.subject_categories,
  retention: row.retention,
  recipients: row.recipients,
  createdAt: row.created_at,
})

/**
 * The latest version of each activity, in the order the register first listed
 * them. The register is a handful of rows, so it is read whole.
 */
export async function latestActivities(db: Db): Promise<(ProcessingActivity & { versionCount: number })[]> {
  const rows = await db
    .selectFrom('processing_activity')
    .selectAll()
    .orderBy(sql`rowid`)
    .execute()
  const latest = new Map<string, ProcessingActivityTable & { versionCount: number }>()
  for (const row of rows) {
    const seen = latest.get(row.id)
    const versionCount = (seen?.versionCount ?? 0) + 1
    // A Map keeps the first insertion's position, so the order stays the register's.
    latest.set(row.id, !seen || row.version > seen.version ? { ...row, versionCount } : { ...seen, versionCount })
  }
  return [...latest.values()].map((row) => ({ ...toActivity(row), versionCount: row.versionCount }))
}

export async function activityHistory(db: Db, id: string): Promise<ProcessingActivity[]> {
  const rows = await db
    .selectFrom('processing_activity')
    .selectAll()
    .where('id', '=', id)
    .orderBy('version', 'desc')
    .execute()
  if (rows.length === 0) throw new OmtError('NOT_FOUND', 'Deze verwerking staat niet in het register.')
  return rows.map(toActivity)
}

const columns: Record<keyof ProcessingActivityValues, keyof ProcessingActivityTable> = {
  name: 'name',
  purpose: 'purpose',
  legalBasis: 'legal_basis',
  dataCategories: 'data_categories',
  subjectCategories: 'subject_categories',
  retention: 'retention',
  recipients: 'recipients',
}

/**
 * Adds a version. Refused when someone saved a newer version since `version`
 * was read (nothing is overwritten); an unchanged form adds nothing.
 */
export async function updateActivity(
  db: Db,
  id: string,
  version: number,
  values: ProcessingActivityValues,
  now: Date = new Date(),
): Promise<ProcessingActivity> {
  return db.transaction().execute(async (trx) => {
    const latest = await trx
      .selectFrom('processing_activity')
      .selectAll()
      .where('id', '=', id)
      .orderBy('version', 'desc')
      .executeTakeFirst()
    if (!latest) throw new OmtError('NOT_FOUND', 'Deze verwerking staat niet in het register.')
    if (latest.version !== version) {
      throw new OmtError(
        'CONFLICT',
        'Deze verwerking is intussen gewijzigd. Ververs het register; uw wijziging is niet opgeslagen.',
      )
    }
    if (processingActivityFields.every((field) => latest[columns[field]] === values[field])) return toActivity(latest)
    const row: ProcessingActivityTable = {
      id,
      version: latest.version + 1,
      name: values.name,
      purpose: values.purpose,
      legal_basis: values.legalBasis,
      data_categories: values.dataCategories,
      subject_categories: values.subjectCategories,
      retention: values.retention,
      recipients: values.recipients,
      created_at: now.toISOString(),
    }
    await trx.insertInto('processing_activity').values(row).execute()
    return toActivity(row)
  })
}
