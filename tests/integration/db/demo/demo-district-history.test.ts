import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { generateDemoData } from '../../../../db/demo/generate-demo-data'
import { DEMO_VAULT } from '../../../../db/handlers/vault.handlers'
import { halfYear } from '../../../../shared/domain/report-period'
import { tempVault, type TempVault } from '../../../support/temp-vault'

// The demo vault the app opens, at a fixed today: the district report's default columns are the last full
// half-year (2026 H1) and the four before it.
const END = '2026-11-01'
const COLUMNS = [halfYear(2024, 1), halfYear(2024, 2), halfYear(2025, 1), halfYear(2025, 2), halfYear(2026, 1)]
let made: TempVault
beforeAll(async () => {
  made = await tempVault()
  await generateDemoData(made.vault.db, { ...DEMO_VAULT, endDate: END })
}, 120_000)
afterAll(() => made.cleanup())

type Count = { district: string; n: number }

/** Per district, one count per report column; counted here with plain SQL, not with the report's queries. */
async function perDistrict(query: (from: string, to: string) => ReturnType<typeof sql<Count>>) {
  const table = new Map<string, number[]>()
  for (const [index, { from, to }] of COLUMNS.entries()) {
    for (const { district, n } of (await query(from, to).execute(made.vault.db)).rows) {
      const row = table.get(district) ?? COLUMNS.map(() => 0)
      row[index] = n
      table.set(district, row)
    }
  }
  return table
}

const districtOf = sql`(SELECT d.code FROM omt_table t JOIN district d ON d.id = t.district_id WHERE t.id = c.table_id)`

it('holds enough history in every district that most figures of its last five half-years reach 5', async () => {
  const districts = (await made.vault.db.selectFrom('district').select('code').execute()).map((d) => d.code)
  const figures = {
    signals: await perDistrict(
      (from, to) => sql<Count>`SELECT ${districtOf} AS district, count(*) AS n FROM omt_case c
        WHERE c.registered_on BETWEEN ${from} AND ${to} GROUP BY 1`,
    ),
    started: await perDistrict(
      (from, to) => sql<Count>`SELECT ${districtOf} AS district, count(*) AS n FROM case_phase cp
        JOIN phase p ON p.id = cp.phase_id AND p.code = 'gestart' JOIN omt_case c ON c.id = cp.case_id
        WHERE cp.started_on BETWEEN ${from} AND ${to} GROUP BY 1`,
    ),
    closed: await perDistrict(
      (from, to) => sql<Count>`SELECT ${districtOf} AS district, count(*) AS n FROM case_phase cp
        JOIN phase p ON p.id = cp.phase_id AND p.code IN ('afgesloten', 'niet-gestart') JOIN omt_case c ON c.id = cp.case_id
        WHERE cp.started_on BETWEEN ${from} AND ${to} GROUP BY 1`,
    ),
    ongoing: await perDistrict(
      (from, to) => sql<Count>`SELECT ${districtOf} AS district, count(*) AS n FROM omt_case c
        WHERE c.registered_on <= ${to} AND NOT EXISTS (
          SELECT 1 FROM case_phase cp JOIN phase p ON p.id = cp.phase_id
          WHERE cp.case_id = c.id AND p.code IN ('afgesloten', 'niet-gestart') AND cp.started_on <= ${to})
        AND ${from} <= ${to} GROUP BY 1`,
    ),
    interventions: await perDistrict(
      (from, to) => sql<Count>`SELECT ${districtOf} AS district, count(*) AS n FROM intervention i
        JOIN omt_case c ON c.id = i.case_id WHERE i.started_on BETWEEN ${from} AND ${to} GROUP BY 1`,
    ),
  }
  let cells = 0
  let atLeastFive = 0
  for (const [name, table] of Object.entries(figures)) {
    for (const district of districts) {
      const row = table.get(district) ?? []
      // Something real in every district and column: no half-year is empty.
      if (name !== 'closed')
        expect(
          row.every((n) => n > 0),
          `${name} ${district}: ${row.join(' ')}`,
        ).toBe(true)
      cells += COLUMNS.length
      atLeastFive += row.filter((n) => n >= 5).length
    }
    // Signals and running cases are what every slide starts from: 5 or more everywhere.
    if (name === 'signals' || name === 'ongoing')
      for (const district of districts)
        expect(Math.min(...(table.get(district) ?? [0])), district).toBeGreaterThanOrEqual(5)
  }
  expect(atLeastFive / cells).toBeGreaterThan(0.8)
  // Every closing decision of those half-years has its coded reason.
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM decision
    WHERE type = 'afsluiten' AND decided_on >= ${COLUMNS[0]?.from ?? ''} AND closing_reason IS NULL`.execute(
    made.vault.db,
  )
  expect(rows[0]?.n).toBe(0)
}, 120_000)
