import { Thresholds } from '../../shared/contract/district-report.contract'
import { SUPPRESSION_FLOOR, type SuppressionThresholds } from '../../shared/domain/report-period'
import type { ReportDb } from './report-tables'

const KEY = 'district-report.thresholds'

/**
 * The small-number thresholds: the floors unless the user raised them. A
 * stored value below a floor (edited outside the app) is raised back to it.
 */
export async function readThresholds(db: ReportDb): Promise<SuppressionThresholds> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', KEY).executeTakeFirst()
  const stored = row ? Thresholds.partial().safeParse(parseJson(row.value)) : null
  const values = stored?.success ? stored.data : {}
  return {
    minCount: Math.max(SUPPRESSION_FLOOR.minCount, values.minCount ?? 0),
    minN: Math.max(SUPPRESSION_FLOOR.minN, values.minN ?? 0),
    minContributors: Math.max(SUPPRESSION_FLOOR.minContributors, values.minContributors ?? 0),
  }
}

export async function saveThresholds(db: ReportDb, thresholds: SuppressionThresholds): Promise<void> {
  const value = JSON.stringify(thresholds)
  await db
    .insertInto('setting')
    .values({ key: KEY, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute()
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
