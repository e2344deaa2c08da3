import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3-multiple-ciphers'
import { Kysely, SqliteDialect } from 'kysely'
import { generateDemoData } from '../../db/demo/generate-demo-data'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { Database as Schema } from '../../db/kernel/schema/database'
import { migrateToLatest } from '../../db/migrations/migrate'
import { Vault } from '../../db/vault/vault'
import type { DistrictReport } from '../../shared/contract/district-report.contract'
import { floorQueries } from './district-report-floor'
import { measure } from './measure'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'benchmark wachtwoord met lengte'
const RUNS = 30
const SEED = 2026
/** The dataset's "today" is 2026-11-01: 2026 H1 is the last full half-year, with ten years of history before it. */
const PERIOD = { from: '2026-01-01', to: '2026-06-30' }

/**
 * The district report over the scale dataset (ten years, 5,000 cases,
 * 15,000 interventions, 10,000 action items) through the real dispatcher,
 * for the whole region and for one district. Beside it the floor: the same
 * figures by one hand-written SQL query each, on an unencrypted copy of the
 * same data (the generator is deterministic, so the same seed gives the same
 * rows). Target (issue 11): under 300 ms.
 */
export async function benchDistrictReport(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-report-'))
  try {
    const vault = new Vault(folder)
    await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
    const started = performance.now()
    const counts = await generateDemoData(vault.db, { seed: SEED, scale: 1 })
    const dataset = { ...counts, generation_ms: Math.round(performance.now() - started) }

    const plain = new Database(join(folder, 'plain.sqlite'))
    plain.pragma('journal_mode = WAL')
    plain.pragma('foreign_keys = ON')
    const plainDb = new Kysely<Schema>({ dialect: new SqliteDialect({ database: plain }) })
    await migrateToLatest(plainDb)
    await generateDemoData(plainDb, { seed: SEED, scale: 1 })

    const dispatch = createDispatcher(vault)
    const get = async (input: unknown) => {
      const answer = await dispatch('districtReport:get', input)
      if (!answer.ok) throw new Error(`districtReport:get failed: ${answer.error.code}`)
      return answer.value as DistrictReport
    }
    const region = { scope: { kind: 'regio' }, period: PERIOD }
    const { columns } = await get(region)
    const floor = floorQueries(plain, columns)
    const floorTimings: number[] = []
    for (let run = 0; run < RUNS + 3; run++) {
      const start = performance.now()
      floor()
      if (run >= 3) floorTimings.push(performance.now() - start)
    }
    floorTimings.sort((a, b) => a - b)
    const floorMs = Math.round((floorTimings[Math.floor(RUNS / 2)] ?? 0) * 1000) / 1000

    const ours = await measure('district-report.region', RUNS, () => get(region), {
      columns: columns.length,
      floor_ms: floorMs,
      ...dataset,
    })
    console.log(
      JSON.stringify({
        name: 'district-report.region.ratio',
        ratio: Math.round((ours.median_ms / floorMs) * 100) / 100,
      }),
    )
    const district = await vault.db
      .selectFrom('district')
      .select('id')
      .where('code', '=', 'ABC')
      .executeTakeFirstOrThrow()
    await measure('district-report.district-abc', RUNS, () =>
      get({ scope: { kind: 'district', districtId: district.id }, period: PERIOD }),
    )
    await plainDb.destroy()
    vault.lock()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
