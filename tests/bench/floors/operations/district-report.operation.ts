import type { Vault } from '../../../../db/vault/vault'
import { floorQueries } from '../../district-report-floor'
import { channelParts } from '../channel-parts'
import type { Operation } from '../floor-row'

/** The dataset's "today" is 2026-11-01: 2026 H1 is the last full half-year, with ten years of history before it. */
const PERIOD = { from: '2026-01-01', to: '2026-06-30' }

/** The district report for the whole region; the floor is district-report-floor.ts, one query per figure. */
export async function districtReportOperation(vault: Vault, runs: number): Promise<Operation> {
  const parts = channelParts(vault, 'districtReport:get')
  const input = { scope: { kind: 'regio' as const }, period: PERIOD }
  const output = await parts.call(input)
  return {
    name: 'district-report-ten-years',
    budget: { text: '< 300 ms (median), ratio ≤ 2', limit_ms: 300, on: 'median', ratio: 2 },
    runs,
    ours: () => parts.call(input),
    handler: () => parts.handler(input),
    log: () => parts.appendLog(input, output),
    floor: (sqlite) => floorQueries(sqlite, output.columns),
    logShape: parts.logShape(input, output),
    parse: () => parts.parseOutput(output),
    extra: { columns: output.columns.length },
  }
}
