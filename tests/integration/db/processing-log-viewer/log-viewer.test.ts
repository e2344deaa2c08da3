import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveLogExport } from '../../../../db/processing-log-viewer/save-log-export'
import type { LogFilters, LogPage, LogRow } from '../../../../shared/contract/processing-log.contract'
import { parseCsv } from '../../../support/parse-csv'
import { appendLogFixture, type LogFixture } from '../../../support/processing-log-fixture'
import { type TempVault, tempVault } from '../../../support/temp-vault'
import { TEST_OWNER } from '../../../support/test-owner'

const COUNT = 3000
const END = Date.UTC(2026, 11, 1)
const none: LogFilters = { fromMs: null, toMs: null, recordId: null, subjectId: null, activityId: null, channel: null }

let made: TempVault
let fixture: LogFixture

beforeAll(async () => {
  made = await tempVault()
  fixture = await appendLogFixture(made.vault, { count: COUNT, endMs: END, days: 300 })
})
afterAll(() => made.cleanup())

async function page(filters: Partial<LogFilters>, cursor: LogPage['nextCursor'] = null, limit = 50): Promise<LogPage> {
  const answer = await made.dispatch('processing-log:page', { filters: { ...none, ...filters }, cursor, limit })
  if (!answer.ok) throw new Error(`processing-log:page failed: ${answer.error.code}`)
  return answer.value as LogPage
}

/** The viewer's own reads are logged too (toezicht); the tests look at the fixture's entries. */
const inFixture = (row: { seq: number }) => row.seq <= fixture.lastSeq

/** Every row the filter selects, page after page: the pagination must neither skip nor repeat. */
async function all(filters: Partial<LogFilters>, limit = 37): Promise<LogRow[]> {
  const rows: LogRow[] = []
  let cursor: LogPage['nextCursor'] = null
  for (;;) {
    const next = await page(filters, cursor, limit)
    rows.push(...next.rows)
    if (!next.nextCursor) return rows.filter(inFixture)
    cursor = next.nextCursor
  }
}

/** The same selection by brute force, straight from the table. */
async function expected(where: (row: { seq: number; start_time: number } & Record<string, unknown>) => boolean) {
  const rows = await made.vault.db.selectFrom('processing_log').selectAll().orderBy('seq', 'desc').execute()
  return rows.filter((row) => inFixture(row) && where(row as never)).map((row) => row.seq)
}

describe('processing-log:page', () => {
  it('pages through the whole log newest first, with the total only without filters', async () => {
    const first = await page({})
    expect(first.total).toBe(COUNT)
    expect(first.rows[0]).toMatchObject({
      seq: fixture.lastSeq,
      userName: TEST_OWNER.name,
      userRole: TEST_OWNER.role,
    })
    expect(first.rows[0]?.activityName).toEqual(expect.any(String))
    const seqs = (await all({}, 499)).map((row) => row.seq)
    expect(seqs).toEqual(await expected(() => true))
    expect((await page({ activityId: 'toezicht' })).total).toBeNull()
  })

  it('filters by activity, channel, subject and record, each along its index', async () => {
    expect((await all({ activityId: 'vastleggen-besluit' })).map((row) => row.seq)).toEqual(
      await expected((row) => row.activity_id === 'vastleggen-besluit'),
    )
    expect((await all({ channel: 'case:get' })).map((row) => row.seq)).toEqual(
      await expected((row) => row.name === 'case:get'),
    )
    const subject = fixture.subjects[7]!
    const bySubject = await all({ subjectId: subject.id })
    expect(bySubject.length).toBeGreaterThan(0)
    expect(bySubject.every((row) => row.dataSubjectId === subject.id && row.parentSpanId !== null)).toBe(true)
    expect(bySubject.map((row) => row.seq)).toEqual(await expected((row) => row.data_subject_id === subject.id))
    const caseId = fixture.caseIds[3]!
    const byRecord = await all({ recordId: caseId })
    expect(byRecord.length).toBeGreaterThan(0)
    expect(byRecord.every((row) => row.records.some((ref) => ref.kind === 'casus' && ref.id === caseId))).toBe(true)
    expect(byRecord.map((row) => row.seq)).toEqual(await expected((row) => row.records === `casus:${caseId}`))
  })

  it('filters by period newest first by start time, and combines filters', async () => {
    const fromMs = END - 100 * 86_400_000
    const toMs = END - 40 * 86_400_000
    const inPeriod = await all({ fromMs, toMs })
    expect(inPeriod.length).toBeGreaterThan(100)
    expect(inPeriod.every((row) => row.startTime >= fromMs && row.startTime < toMs)).toBe(true)
    const starts = inPeriod.map((row) => row.startTime)
    expect(starts).toEqual([...starts].sort((a, b) => b - a))
    expect(new Set(inPeriod.map((row) => row.seq)).size).toBe(
      (await expected((row) => row.start_time >= fromMs && row.start_time < toMs)).length,
    )
    const combined = await all({ fromMs, toMs, activityId: 'toezicht' })
    expect(combined.map((row) => row.seq)).toEqual(
      await expected((row) => row.start_time >= fromMs && row.start_time < toMs && row.activity_id === 'toezicht'),
    )
    expect((await page({ recordId: 'no-such-record' })).rows).toEqual([])
  })

  it('refuses a period that ends before it starts, in Dutch', async () => {
    const answer = await made.dispatch('processing-log:page', {
      filters: { ...none, fromMs: END, toMs: END - 1 },
      cursor: null,
      limit: 10,
    })
    expect(answer.ok).toBe(false)
    expect(JSON.stringify(answer)).toContain('De einddatum ligt vóór de begindatum')
  })
})

describe('processing-log:options', () => {
  it('lists the register’s activities, the operations present and the users', async () => {
    const answer = await made.dispatch('processing-log:options', {})
    if (!answer.ok) throw new Error(answer.error.code)
    const options = answer.value as { activities: { id: string }[]; channels: string[]; users: { id: string }[] }
    expect(options.activities.map((a) => a.id).sort()).toEqual([
      'back-up',
      'bewaartermijn',
      'casusregistratie',
      'inzageverzoek',
      'toezicht',
      'vastleggen-besluit',
      'verstrekken',
      'voorbereiden-omt',
      'voortgangsrapportage',
    ])
    // With the viewer's own page reads, which are logged like any other.
    expect(options.channels).toEqual([...fixture.channels, 'processing-log:page'].sort())
    expect(options.users.map((u) => u.id)).toContain(fixture.userId)
  })
})

describe('the export in the shape of Logboek Dataverwerkingen', () => {
  it('writes the filtered spans as OTLP JSON with the dpl.core attributes', async () => {
    const subject = fixture.subjects[2]!
    const target = join(made.folder, 'log.json')
    const result = await saveLogExport(
      made.vault.db,
      { filters: { ...none, subjectId: subject.id }, format: 'json', purpose: 'Controle FG' },
      target,
      new Date(END),
    )
    const rows = await all({ subjectId: subject.id })
    expect(result).toEqual({ saved: true, fileName: 'log.json', count: rows.length, subject })
    const json = JSON.parse(readFileSync(target, 'utf8')) as {
      resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[]
    }
    const spans = json.resourceSpans[0]!.scopeSpans[0]!.spans
    expect(spans).toHaveLength(rows.length)
    const first = rows[0]!
    expect(spans[0]).toMatchObject({
      traceId: first.traceId,
      spanId: first.spanId,
      parentSpanId: first.parentSpanId,
      name: first.name,
      startTimeUnixNano: `${String(first.startTime)}000000`,
      endTimeUnixNano: `${String(first.endTime)}000000`,
      status: { code: first.status === 'Ok' ? 1 : 2 },
    })
    expect(spans[0]!.attributes).toEqual(
      expect.arrayContaining([
        {
          key: 'dpl.core.processing_activity_id',
          value: { stringValue: `urn:tafelwerk:verwerkingsactiviteit:${first.activityId}` },
        },
        { key: 'dpl.core.data_subject_id', value: { stringValue: subject.id } },
        { key: 'dpl.core.data_subject_id_type', value: { stringValue: 'persoon' } },
        { key: 'tafelwerk.user_id', value: { stringValue: fixture.userId } },
      ]),
    )
  })

  it('writes CSV with ISO times, one line per span', async () => {
    const caseId = fixture.caseIds[5]!
    const target = join(made.folder, 'log.csv')
    await saveLogExport(
      made.vault.db,
      { filters: { ...none, recordId: caseId }, format: 'csv', purpose: 'Controle' },
      target,
      new Date(END),
    )
    const text = readFileSync(target, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const [head, ...lines] = parseCsv(text.slice(1))
    const rows = await all({ recordId: caseId })
    expect(lines).toHaveLength(rows.length)
    const column = (name: string) => head!.indexOf(name)
    expect(lines[0]![column('trace_id')]).toBe(rows[0]!.traceId)
    expect(lines[0]![column('start_time')]).toBe(new Date(rows[0]!.startTime).toISOString())
    expect(lines[0]![column('tafelwerk.records')]).toBe(`casus:${caseId}`)
    expect(lines[0]![column('dpl.core.processing_activity_id')]).toMatch(/^urn:tafelwerk:verwerkingsactiviteit:/u)
  })
})
