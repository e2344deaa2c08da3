import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3-multiple-ciphers'
import { Kysely, SqliteDialect } from 'kysely'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { Database as Schema } from '../../db/kernel/schema/database'
import { migrateToLatest } from '../../db/migrations/migrate'
import { Vault } from '../../db/vault/vault'
import { processingActivityIds } from '../../shared/contract/processing'
import type { LogFilters, LogPage } from '../../shared/contract/processing-log.contract'
import {
  appendLogFixture,
  type LogFixture,
  type LogFixtureOptions,
  writeLogFixture,
} from '../support/processing-log-fixture'
import { type FloorFilter, floorFirstPage } from './processing-log-viewer-floor'
import { measure, report } from './measure'

const PASSPHRASE = 'benchmark wachtwoord met lengte'
const ENTRIES = 1_000_000
const RUNS = 50
const LIMIT = 100
const DAY = 86_400_000
const END = Date.UTC(2026, 10, 1)
/** Three years of entries: about 900 a day, a busy secretary's year three times over. */
const FIXTURE: LogFixtureOptions = { count: ENTRIES, endMs: END, days: 3 * 365 }
const none: LogFilters = { fromMs: null, toMs: null, recordId: null, subjectId: null, activityId: null, channel: null }

/** Each run asks for another value, so no run is served by the one before it. */
function filters(fixture: LogFixture): Record<string, (run: number) => { ours: LogFilters; floor: FloorFilter }> {
  const pick = <T>(list: readonly T[], run: number) => list[(run * 37) % list.length]!
  return {
    none: () => ({ ours: none, floor: { kind: 'none' } }),
    // A week, somewhere in the three years: most of them far from the newest entries.
    period: (run) => {
      const fromMs = fixture.startMs + ((run * 53) % (3 * 365 - 7)) * DAY
      return {
        ours: { ...none, fromMs, toMs: fromMs + 7 * DAY },
        floor: { kind: 'period', fromMs, toMs: fromMs + 7 * DAY },
      }
    },
    record: (run) => {
      const id = pick(fixture.caseIds, run)
      return { ours: { ...none, recordId: id }, floor: { kind: 'record', id } }
    },
    subject: (run) => {
      const subject = pick(fixture.subjects, run)
      return { ours: { ...none, subjectId: subject.id }, floor: { kind: 'subject', id: subject.id } }
    },
    activity: (run) => {
      const id = pick(processingActivityIds, run)
      return { ours: { ...none, activityId: id }, floor: { kind: 'activity', id } }
    },
    channel: (run) => {
      const name = pick(fixture.channels, run)
      return { ours: { ...none, channel: name }, floor: { kind: 'channel', name } }
    },
  }
}

/**
 * The log viewer's first page (100 entries) with one filter of each kind, on
 * 1,000,000 entries in an encrypted vault, through the real dispatcher.
 * Beside it the floor: the bare query along the same index on an unencrypted
 * copy (tests/bench/processing-log-viewer-floor.ts). Target (issue 12):
 * under 50 ms.
 */
export async function benchProcessingLogViewer(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-log-'))
  try {
    const vault = new Vault(folder)
    await vault.create(PASSPHRASE, PASSPHRASE)
    const started = performance.now()
    const fixture = await appendLogFixture(vault, FIXTURE)
    const generationMs = Math.round(performance.now() - started)

    const plain = new Database(join(folder, 'plain.sqlite'))
    plain.pragma('journal_mode = WAL')
    const plainDb = new Kysely<Schema>({ dialect: new SqliteDialect({ database: plain }) })
    await migrateToLatest(plainDb)
    await writeLogFixture(plainDb, FIXTURE)
    const floor = floorFirstPage(plain, LIMIT)

    const dispatch = createDispatcher(vault)
    const firstPage = async (filter: LogFilters) => {
      const answer = await dispatch('processing-log:page', { filters: filter, cursor: null, limit: LIMIT })
      if (!answer.ok) throw new Error(`processing-log:page failed: ${answer.error.code}`)
      return answer.value as LogPage
    }
    for (const [kind, filterFor] of Object.entries(filters(fixture))) {
      const floorTimings: number[] = []
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now()
        floor(filterFor(run).floor)
        floorTimings.push(performance.now() - start)
      }
      const floorMs = report(`processing-log-viewer.floor.${kind}`, floorTimings)
      await measure(
        `processing-log-viewer.first-page.${kind}`,
        RUNS,
        async (run) => {
          const page = await firstPage(filterFor(run).ours)
          if (page.rows.length === 0) throw new Error(`no entries for the ${kind} filter`)
        },
        {
          entries: ENTRIES,
          limit: LIMIT,
          floor_median_ms: floorMs.median_ms,
          floor_p95_ms: floorMs.p95_ms,
          target_ms: 50,
          generation_ms: generationMs,
        },
      )
    }
    await plainDb.destroy()
    vault.lock()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
