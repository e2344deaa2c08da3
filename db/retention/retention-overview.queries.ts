import { sql } from 'kysely'
import {
  RETENTION_WARNING_DAYS,
  type RetentionExtension,
  type RetentionRow,
} from '../../shared/contract/retention.contract'
import { todayIso } from '../../shared/domain/iso-date'
import type { Db } from '../kernel/schema/database'

const plusDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * The cases whose retention has expired or ends within 90 days, earliest
 * first. A purged case is left out: what it still holds is anonymous.
 */
export async function retentionOverview(db: Db, today = todayIso()): Promise<{ today: string; rows: RetentionRow[] }> {
  const horizon = plusDays(today, RETENTION_WARNING_DAYS)
  const rows = await db
    .selectFrom('omt_case as c')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .select([
      'c.id',
      'c.code',
      'c.alias',
      'c.retention_until',
      'p.id as phase_id',
      'p.code as phase_code',
      'p.name as phase_name',
    ])
    .select(
      sql<number>`(SELECT count(*) FROM decision AS d WHERE d.case_id = c.id AND d.type = 'bewaartermijn-verlengen' AND d.status = 'geldig')`.as(
        'extensions',
      ),
    )
    .where('c.retention_until', '<=', horizon)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('retention_purge as r').select('r.id').whereRef('r.case_id', '=', 'c.id'))),
    )
    .orderBy('c.retention_until')
    .orderBy('c.code')
    .execute()
  return {
    today,
    rows: rows.map((row) => ({
      caseId: row.id,
      code: row.code,
      alias: row.alias,
      phase: { id: row.phase_id, code: row.phase_code, name: row.phase_name },
      retentionUntil: row.retention_until,
      extensions: row.extensions,
      // The last day of the term is still inside it: expired from the day after.
      state: row.retention_until < today ? 'verlopen' : 'binnenkort',
    })),
  }
}

/** Every extension decision of the case that is still in force, oldest first. */
export async function retentionExtensions(db: Db, caseId: string): Promise<RetentionExtension[]> {
  const rows = await db
    .selectFrom('decision')
    .select(['id', 'code', 'decided_on', 'retention_from', 'retention_to'])
    .where('case_id', '=', caseId)
    .where('type', '=', 'bewaartermijn-verlengen')
    .where('status', '=', 'geldig')
    .where('retention_to', 'is not', null)
    .orderBy('decided_on')
    .orderBy('number')
    .execute()
  return rows.map((row) => ({
    decisionId: row.id,
    code: row.code,
    decidedOn: row.decided_on,
    from: row.retention_from ?? '',
    to: row.retention_to ?? '',
  }))
}
