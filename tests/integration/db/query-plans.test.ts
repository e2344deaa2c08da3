import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoData } from '../../../db/demo/generate-demo-data'
import { PASSPHRASE, type TempVault, tempVault } from '../../support/temp-vault'
import { type Executed, recordStatements } from '../../support/statement-recorder'
import { ALLOWED_PLANS } from './query-plans.allowed'

/**
 * What SQLite plans for the statements the list, the case page, the search,
 * a meeting, the district report and the log viewer really run, through the
 * real dispatcher on demo data: no full table scan and no temporary sort
 * beyond the allow-list (query-plans.allowed.ts, each entry with its reason),
 * and no statement per row.
 */
let made: TempVault
let recorded: Executed[]
const ids: Record<string, string> = {}

beforeAll(async () => {
  made = await tempVault()
  await generateDemoData(made.vault.db, { seed: 2026, scale: 0.05 })
  // A fresh connection, so every statement the requests run is prepared, and so seen, afresh.
  made.vault.lock()
  await made.vault.unlock(PASSPHRASE)
  recorded = recordStatements(await made.vault.withCommittedState((state) => state.sqlite))
  const db = made.vault.db
  const first = async (
    table: 'phase' | 'theme' | 'omt_table' | 'gemeente' | 'district',
    column: 'code' | 'name',
    value: string,
  ) => (await db.selectFrom(table).select('id').where(column, '=', value).executeTakeFirstOrThrow()).id
  ids.uitvoering = await first('phase', 'code', 'uitvoering')
  ids.analyse = await first('phase', 'code', 'analyse')
  ids.drugs = await first('theme', 'name', 'Georganiseerde drugscriminaliteit')
  ids.abc = await first('omt_table', 'code', 'ABC')
  ids.leiden = await first('gemeente', 'name', 'Leiden')
  ids.district = await first('district', 'code', 'ABC')
  const busiest = await db
    .selectFrom('agenda_item')
    .select('meeting_id')
    .groupBy('meeting_id')
    .orderBy((eb) => eb.fn.countAll(), 'desc')
    .limit(1)
    .executeTakeFirstOrThrow()
  ids.meeting = busiest.meeting_id
  ids.case = (await db.selectFrom('omt_case').select('id').orderBy('code').limit(1).executeTakeFirstOrThrow()).id
  const subject = await db.selectFrom('subject').select('id').limit(1).executeTakeFirstOrThrow()
  ids.subject = subject.id
}, 120_000)

afterAll(() => made.cleanup())

/** Runs one request and answers the statements it executed. */
async function statementsOf(channel: string, input: unknown): Promise<Executed[]> {
  recorded.length = 0
  const answer = await made.dispatch(channel, input)
  if (!answer.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer.error)}`)
  const executed = recorded.splice(0)
  // A recorder that saw nothing would pass every check.
  expect(executed.some((statement) => statement.plan !== null)).toBe(true)
  return executed
}

/** Readable in a failure: whitespace collapsed, and a run of `?, ?, ?` parameters shown as `?, …`. */
const shortened = (sql: string) =>
  sql
    .replace(/\s+/gu, ' ')
    .replace(/\?(, \?)+/gu, '?, …')
    .replaceAll('"', '')

interface Violation {
  sql: string
  detail: string
}

/** The plan lines that read a whole table or sort in a temporary B-tree, minus the allowed ones. */
function violations(executed: Executed[]): Violation[] {
  const found: Violation[] = []
  for (const { sql, plan } of executed) {
    if (!plan) continue
    for (const detail of plan) {
      // A table read whole; not an FTS5 MATCH (VIRTUAL TABLE INDEX), nor the rows of a subquery or a constant.
      const scan = /^SCAN (?!\(subquery-\d+\)$|CONSTANT ROW$)/u.test(detail) && !/ VIRTUAL TABLE INDEX /u.test(detail)
      if (!scan && !/USE TEMP B-TREE/u.test(detail)) continue
      const oneLine = sql.replace(/\s+/gu, ' ').trim()
      if (ALLOWED_PLANS.some((allowed) => allowed.sql.test(oneLine) && allowed.detail.test(detail))) continue
      found.push({ sql: shortened(sql), detail })
    }
  }
  return found
}

const none = { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' }
const sortKeys = ['code', 'alias', 'phase', 'table', 'updated'] as const
const listFilters = () => ({
  none,
  phase: { ...none, phaseIds: [ids.uitvoering, ids.analyse] },
  theme: { ...none, themeIds: [ids.drugs] },
  table: { ...none, tableIds: [ids.abc], kinds: ['lokaal'] },
  gemeente: { ...none, gemeenteIds: [ids.leiden] },
  text: { ...none, text: 'haven' },
})
const noLogFilter = { fromMs: null, toMs: null, recordId: null, subjectId: null, activityId: null, channel: null }

describe('query plans: no full scans, no temporary sorts', () => {
  for (const by of sortKeys)
    for (const direction of ['asc', 'desc'] as const)
      it(`case:list sorted by ${by} ${direction}`, async () => {
        const executed = await statementsOf('case:list', {
          filter: none,
          sort: { by, direction },
          offset: 0,
          limit: 100,
        })
        expect(violations(executed)).toEqual([])
      })

  for (const kind of ['phase', 'theme', 'table', 'gemeente', 'text'] as const)
    for (const by of sortKeys)
      it(`case:list filtered by ${kind}, sorted by ${by}`, async () => {
        const filter = listFilters()[kind]
        const executed = await statementsOf('case:list', {
          filter,
          sort: { by, direction: 'desc' },
          offset: 0,
          limit: 100,
        })
        expect(violations(executed)).toEqual([])
      })

  it('case:get', async () => {
    expect(violations(await statementsOf('case:get', { id: ids.case }))).toEqual([])
  })

  it('search:query', async () => {
    for (const text of ['haven', 'jan de vries', 'D-2024', 'a'])
      expect(violations(await statementsOf('search:query', { text, limitPerKind: 20 }))).toEqual([])
  })

  it('meeting:get and meeting-mode:get', async () => {
    expect(violations(await statementsOf('meeting:get', { id: ids.meeting }))).toEqual([])
    expect(violations(await statementsOf('meeting-mode:get', { meetingId: ids.meeting }))).toEqual([])
  })

  it('districtReport:get', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' }
    for (const scope of [
      { kind: 'regio' },
      { kind: 'district', districtId: ids.district },
      { kind: 'tafel', tableId: ids.abc },
    ])
      expect(violations(await statementsOf('districtReport:get', { scope, period }))).toEqual([])
  })

  it('processing-log:page with each kind of filter', async () => {
    const now = Date.now()
    const filters = [
      noLogFilter,
      { ...noLogFilter, fromMs: now - 86_400_000, toMs: now + 86_400_000 },
      { ...noLogFilter, recordId: ids.case },
      { ...noLogFilter, subjectId: ids.subject },
      { ...noLogFilter, activityId: 'casusregistratie' },
      { ...noLogFilter, channel: 'case:list' },
    ]
    for (const filter of filters)
      expect(
        violations(await statementsOf('processing-log:page', { filters: filter, cursor: null, limit: 100 })),
      ).toEqual([])
  })
})

describe('no N+1: the statements per request do not grow with the page', () => {
  const countOf = async (channel: string, input: unknown) => (await statementsOf(channel, input)).length

  it('case:list, 10 rows or 100, first page or after a cursor', async () => {
    for (const by of sortKeys) {
      const query = { filter: none, sort: { by, direction: 'asc' }, offset: 0 }
      const small = await countOf('case:list', { ...query, limit: 10 })
      expect(await countOf('case:list', { ...query, limit: 100 })).toBe(small)
    }
  })

  it('search:query, 5 hits per kind or 50, with few hits and with many', async () => {
    for (const text of ['haven', 'a']) {
      const small = await countOf('search:query', { text, limitPerKind: 5 })
      expect(await countOf('search:query', { text, limitPerKind: 50 })).toBe(small)
    }
  })

  it('processing-log:page, 10 entries or 100', async () => {
    const small = await countOf('processing-log:page', { filters: noLogFilter, cursor: null, limit: 10 })
    expect(await countOf('processing-log:page', { filters: noLogFilter, cursor: null, limit: 100 })).toBe(small)
  })
})
