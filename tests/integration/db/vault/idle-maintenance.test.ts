import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createCase } from '../../../../db/cases/case.queries'
import { migrateToLatest } from '../../../../db/migrations/migrate'
import type { Database } from '../../../../db/kernel/schema/database'
import { searchAll } from '../../../../db/search/search.queries'
import { IDLE_MAINTENANCE_DELAY_MS, IdleMaintenance } from '../../../../db/vault/idle-maintenance'
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from '../../../../db/vault/open-database'
import { tempVault } from '../../../support/temp-vault'
import { call, newCase, reference } from '../../../support/case-fixtures'
import { plainCase } from '../../../support/plain-case'

let folder: string
let sqlite: SqliteDatabase
let db: Kysely<Database>

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tafelwerk-idle-'))
  sqlite = openEncryptedDatabase(join(folder, 'test.vault'), randomBytes(32), { create: true })
  db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  await migrateToLatest(db)
})

afterEach(() => {
  closeDatabase(sqlite)
  rmSync(folder, { recursive: true, force: true })
})

/** One committed case per call, as a secretary registers them: each commit adds one index segment. */
async function registerCases(count: number): Promise<void> {
  const table = await db.selectFrom('omt_table').select('id').where('code', '=', 'D').executeTakeFirstOrThrow()
  for (let index = 0; index < count; index++) {
    await createCase(
      db,
      plainCase(table.id, `Onderhoudscasus ${String(index)}`, {
        registeredOn: '2026-01-15',
        retentionUntil: '2031-01-15',
      }),
      () => Promise.resolve(),
    )
  }
}

const segments = () => Number(sqlite.prepare('SELECT count(DISTINCT segid) FROM search_fts_idx').pluck().get())
const uncheckpointedFrames = () => {
  const [result] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[]
  return (result?.log ?? 0) - (result?.checkpointed ?? 0)
}

it('the search index does not merge inside commits; an idle round merges and checkpoints, and search still finds everything', async () => {
  expect(sqlite.prepare("SELECT v FROM search_fts_config WHERE k = 'automerge'").pluck().get()).toBe(0)
  await registerCases(12)
  const before = segments()
  expect(before).toBeGreaterThan(4)
  const fileBefore = statSync(join(folder, 'test.vault')).size

  expect(new IdleMaintenance(sqlite).run()).toEqual({ ran: true })

  expect(segments()).toBeLessThan(before)
  expect(uncheckpointedFrames()).toBe(0)
  expect(statSync(join(folder, 'test.vault')).size).toBeGreaterThan(fileBefore)
  const { groups } = await searchAll(db, 'onderhoudscasus', 50)
  expect(groups.find((group) => group.kind === 'case')?.total).toBe(12)
})

it('starts a WAL it emptied over itself, so the next save does not first write and sync a new WAL header', async () => {
  await registerCases(6)
  const version = sqlite.pragma('user_version', { simple: true })
  expect(new IdleMaintenance(sqlite).run()).toEqual({ ran: true })
  // Started over: the log holds only the one page of the restart, not the frames the round checkpointed.
  const [after] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number }[]
  expect(after?.log).toBe(1)
  expect(sqlite.pragma('user_version', { simple: true })).toBe(version)
})

it('a round without new changes does nothing, and postpone runs one round after the quiet period', async () => {
  const maintenance = new IdleMaintenance(sqlite, 20)
  await registerCases(5)
  expect(maintenance.run()).toEqual({ ran: true })
  expect(maintenance.run()).toEqual({ ran: false })

  await registerCases(5)
  maintenance.postpone()
  maintenance.postpone()
  expect(segments()).toBeGreaterThanOrEqual(5)
  await new Promise((resolve) => setTimeout(resolve, 80))
  expect(maintenance.run()).toEqual({ ran: false })
  expect(uncheckpointedFrames()).toBe(0)
})

it('cancel stops a pending round, and a closed database is left alone', async () => {
  const maintenance = new IdleMaintenance(sqlite, 20)
  await registerCases(4)
  maintenance.postpone()
  maintenance.cancel()
  await new Promise((resolve) => setTimeout(resolve, 60))
  expect(maintenance.run()).toEqual({ ran: true })
  closeDatabase(sqlite)
  expect(new IdleMaintenance(sqlite).run()).toEqual({ ran: false })
})

it('a vault checkpoints by itself once requests through the dispatcher stop for a moment', async () => {
  const made = await tempVault()
  try {
    const ref = await reference(made.vault)
    for (let index = 0; index < 5; index++) await call(made.dispatch, 'case:create', newCase(ref))
    const size = () => statSync(made.vault.files.database).size
    const before = size()
    await new Promise((resolve) => setTimeout(resolve, IDLE_MAINTENANCE_DELAY_MS + 300))
    expect(size()).toBeGreaterThan(before)
  } finally {
    made.cleanup()
  }
})
