import type { Vault } from '../../../../db/vault/vault'
import { channelParts } from '../channel-parts'
import type { Floor, Operation } from '../floor-row'

/**
 * The case page by hand: the case with its table, phase, partners and
 * summary; themes; gemeenten; phase history; involvements with their
 * subjects; interventions with partner and subject. Six statements.
 */
function casePageFloor(ids: string[]): Floor {
  return (sqlite) => {
    const statements = [
      `SELECT c.*, cs.summary, t.code, t.name, p.code, p.name, lp.name, lp.short_name, sp.name, sp.short_name
       FROM omt_case c JOIN omt_table t ON t.id = c.table_id JOIN phase p ON p.id = c.current_phase_id
       LEFT JOIN partner lp ON lp.id = c.lead_partner_id LEFT JOIN partner sp ON sp.id = c.signal_partner_id
       LEFT JOIN case_summary cs ON cs.case_id = c.id WHERE c.id = ?`,
      'SELECT th.id, th.name FROM case_theme ct JOIN theme th ON th.id = ct.theme_id WHERE ct.case_id = ? ORDER BY th.name',
      'SELECT g.id, g.name FROM case_gemeente cg JOIN gemeente g ON g.id = cg.gemeente_id WHERE cg.case_id = ? ORDER BY g.name',
      `SELECT cp.id, cp.started_on, cp.decision_id, p.id, p.code, p.name FROM case_phase cp
       JOIN phase p ON p.id = cp.phase_id WHERE cp.case_id = ? ORDER BY cp.seq`,
      `SELECT i.*, s.kind, s.name, s.birth_date, s.kvk, s.object_kind, s.description FROM involvement i
       JOIN subject s ON s.id = i.subject_id WHERE i.case_id = ? ORDER BY i.opened_on, i.created_at`,
      `SELECT i.*, p.short_name, s.name, s.kind, s.description FROM intervention i JOIN partner p ON p.id = i.partner_id
       LEFT JOIN subject s ON s.id = i.subject_id WHERE i.case_id = ? ORDER BY coalesce(i.started_on, i.created_at), i.created_at`,
    ].map((text) => sqlite.prepare(text))
    return (run) => statements.reduce((rows, statement) => rows + statement.all(ids[run % ids.length]).length, 0)
  }
}

/** Case pages spread over the register, the five with the most subjects first. */
export async function casePageOperation(vault: Vault, runs: number): Promise<Operation> {
  const db = vault.db
  const spread = (await db.selectFrom('omt_case').select('id').orderBy('code').execute())
    .map((row) => row.id)
    .filter((_, index) => index % 17 === 0)
  const largest = await db
    .selectFrom('involvement')
    .select('case_id')
    .groupBy('case_id')
    .orderBy((eb) => eb.fn.countAll(), 'desc')
    .limit(5)
    .execute()
  const ids = [...largest.map((row) => row.case_id), ...spread]
  const parts = channelParts(vault, 'case:get')
  const outputs = new Map<string, Awaited<ReturnType<typeof parts.call>>>()
  for (const id of ids.slice(0, runs)) outputs.set(id, await parts.call({ id }))
  const pick = (run: number) => ids[run % ids.length] ?? ''
  const first = outputs.get(pick(0))
  if (!first) throw new Error('no case page')
  return {
    name: 'case-page',
    budget: { text: 'p95 < 10 ms, ratio ≤ 2', limit_ms: 10, on: 'p95', ratio: 2 },
    runs,
    ours: (run) => parts.call({ id: pick(run) }),
    handler: (run) => parts.handler({ id: pick(run) }),
    log: (run) => {
      const output = outputs.get(pick(run))
      if (output) parts.appendLog({ id: pick(run) }, output)
    },
    floor: casePageFloor(ids),
    logShape: parts.logShape({ id: pick(0) }, first),
    parse: (run) => parts.parseOutput(outputs.get(pick(run)) ?? first),
    extra: { cases: ids.length },
  }
}
