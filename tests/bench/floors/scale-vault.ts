import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import { generateDemoData } from '../../../db/demo/generate-demo-data'
import { Vault } from '../../../db/vault/vault'
import { appendLogFixture } from '../../support/processing-log-fixture'
import { withTestOwner } from '../../support/test-owner'

export const PASSPHRASE = 'benchmark wachtwoord met lengte'
const SEED = 2026
/** The generator's fixed "today": a seed then means one dataset, whatever day the bench runs. */
const END_MS = Date.UTC(2026, 10, 1)

export interface ScaleOptions {
  scale: number
  logEntries: number
}

export interface ScaleVault {
  folder: string
  vault: Vault
  dataset: Record<string, number | string>
}

const seconds = (ms: number) => Math.round(ms / 10) / 100

/**
 * The issue-14 dataset, generated once into an encrypted vault: the demo
 * generator (at scale 1: 5,000 cases, 30,000 subjects and objects, 1,500
 * meetings, 50,000 agenda items, 20,000 decisions, 10,000 action items,
 * 15,000 interventions over ten years), then the processing-log entries
 * appended through the log itself (chained and MACed as real ones). Ends
 * locked and unlocked, as a user's session starts, with the WAL folded in.
 */
export async function generateScaleVault(options: ScaleOptions): Promise<ScaleVault> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-floors-'))
  const vault = new Vault(folder)
  await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
  const started = performance.now()
  const counts = await generateDemoData(vault.db, { seed: SEED, scale: options.scale })
  const demoMs = performance.now() - started
  const logStarted = performance.now()
  if (options.logEntries > 0)
    await appendLogFixture(vault, { count: options.logEntries, endMs: END_MS, days: 10 * 365 })
  const logMs = performance.now() - logStarted
  vault.lock()
  await vault.unlock(PASSPHRASE)
  vault.checkpointTruncate()
  return {
    folder,
    vault,
    dataset: {
      ...counts,
      ...(await spread(vault)),
      processingLogEntries: options.logEntries,
      scale: options.scale,
      seed: SEED,
      generation_s: seconds(performance.now() - started),
      generation_demo_s: seconds(demoMs),
      generation_log_s: seconds(logMs),
    },
  }
}

/** What the issue asks of the dataset beyond the generator's counts: 27 gemeenten over ten years. */
async function spread(vault: Vault): Promise<Record<string, number | string>> {
  const { rows } = await sql<{ gemeenten: number; used: number; first: string; last: string }>`
    SELECT (SELECT count(*) FROM gemeente) AS gemeenten,
      (SELECT count(DISTINCT gemeente_id) FROM case_gemeente) AS used,
      (SELECT min(registered_on) FROM omt_case) AS first,
      (SELECT max(registered_on) FROM omt_case) AS last`.execute(vault.db)
  const row = rows[0]
  if (!row) throw new Error('no spread figures')
  return {
    gemeenten: Number(row.gemeenten),
    gemeenten_with_cases: Number(row.used),
    first_registered_on: row.first,
    last_registered_on: row.last,
  }
}
