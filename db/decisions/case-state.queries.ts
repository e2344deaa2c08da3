import { sql } from 'kysely'
import type { CaseKind } from '../../shared/domain/case'
import type { CaseFacts } from '../../shared/domain/decision-rules'
import type { Db } from '../kernel/schema/database'

export interface CaseState extends CaseFacts {
  id: string
  alias: string
  tableId: string
  kind: CaseKind
  retentionUntil: string
  phaseId: string
}

/** What the decision rules need to know about a case, read inside the deciding transaction. */
export async function caseState(db: Db, caseId: string): Promise<CaseState | null> {
  const row = await db
    .selectFrom('omt_case as c')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .select([
      'c.id',
      'c.code',
      'c.alias',
      'c.table_id',
      'c.kind',
      'c.registered_on',
      'c.retention_until',
      'c.phase_since',
      'c.current_phase_id',
      'p.code as phase_code',
      'p.name as phase_name',
    ])
    // The history in the same round trip: one decision runs many of these reads.
    .select(
      sql<string>`(SELECT group_concat(hp.code, ',' ORDER BY cp.seq) FROM case_phase AS cp JOIN phase AS hp ON hp.id = cp.phase_id WHERE cp.case_id = c.id)`.as(
        'history',
      ),
    )
    .where('c.id', '=', caseId)
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    code: row.code,
    alias: row.alias,
    tableId: row.table_id,
    kind: row.kind,
    retentionUntil: row.retention_until,
    phaseId: row.current_phase_id,
    registeredOn: row.registered_on,
    phaseCode: row.phase_code,
    phaseName: row.phase_name,
    phaseSince: row.phase_since,
    history: row.history ? row.history.split(',') : [],
  }
}

/** "D-2025-014 (Stille Haven)": how a decision text names its case. */
export const caseLabel = (state: Pick<CaseState, 'code' | 'alias'>) => `${state.code} (${state.alias})`
