import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/kernel/schema/database'
import type { SpanDraft } from '../../db/processing-log/span-draft'
import type { Vault } from '../../db/vault/vault'
import { processingActivityIds, type SubjectRef } from '../../shared/contract/processing'

export interface LogFixtureOptions {
  count: number
  /** The newest entry's start; the entries are spread evenly over `days` before it. */
  endMs: number
  days: number
  /** Subjects the child spans cycle through; by default synthetic ids. */
  subjects?: readonly SubjectRef[]
  /** Case ids the parent spans cycle through (kind `casus`); by default synthetic ids. */
  caseIds?: readonly string[]
  channels?: readonly string[]
  userId?: string
}

export interface LogFixture {
  firstSeq: number
  lastSeq: number
  userId: string
  subjects: readonly SubjectRef[]
  caseIds: readonly string[]
  channels: readonly string[]
  startMs: number
}

const defaultChannels = [
  'case:get',
  'case:list',
  'case:update',
  'subject:get',
  'subject:update',
  'decision:record',
  'meeting:get',
  'agenda:update',
  'intervention:create',
  'search:query',
  'export:save',
  'meeting:adopt-minutes',
]
const synthetic = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${String(index + 1).padStart(5, '0')}`)

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`

/** A lookup table keyed by position, so each entry finds its value by primary key, not by a scan. */
async function lookupTable(db: Kysely<Database>, name: string, columns: string[], rows: string[][]) {
  await sql.raw(`DROP TABLE IF EXISTS temp.${name}`).execute(db)
  await sql.raw(`CREATE TEMP TABLE ${name} (k INTEGER PRIMARY KEY, ${columns.join(', ')})`).execute(db)
  for (let from = 0; from < rows.length; from += 500) {
    const values = rows
      .slice(from, from + 500)
      .map((row, index) => `(${[String(from + index), ...row.map(quote)].join(', ')})`)
    await sql.raw(`INSERT INTO temp.${name} VALUES ${values.join(', ')}`).execute(db)
  }
}

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0')

/**
 * Appends `count` entries to an open vault's log through the log itself, so
 * they are chained and MACed as real ones: every third entry a call's span
 * with a case as its record, the two after it child spans, one per data
 * subject, as the dispatcher writes them. The user is the vault's owner.
 */
export async function appendLogFixture(vault: Vault, options: LogFixtureOptions): Promise<LogFixture> {
  const subjects = options.subjects ?? synthetic('subject', 5000).map((id) => ({ id, type: 'persoon' as const }))
  const caseIds = options.caseIds ?? synthetic('case', 2000)
  const channels = options.channels ?? defaultChannels
  const startMs = options.endMs - options.days * 86_400_000
  const traces = Math.max(1, Math.ceil(options.count / 3))
  const stepMs = Math.max(1, Math.floor((options.endMs - startMs) / traces))
  const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T
  const top = await sql<{ top: number | null }>`SELECT max(seq) AS top FROM processing_log`.execute(vault.db)
  const base = top.rows[0]?.top ?? 0
  const BATCH = 3000
  for (let from = 0; from < options.count; from += BATCH) {
    const spans: SpanDraft[] = []
    for (let i = from; i < Math.min(options.count, from + BATCH); i++) {
      const t = Math.floor(i / 3)
      const pos = i % 3
      const name = pick(channels, t)
      const startTime = startMs + t * stepMs + pos
      spans.push({
        traceId: hex(t + base, 32),
        spanId: hex(i + base, 16),
        parentSpanId: pos === 0 ? null : hex(t * 3 + base, 16),
        name,
        status: t % 97 === 0 ? 'Error' : 'Ok',
        startTime,
        endTime: startTime + 3 + (t % 20),
        activityId: pick(processingActivityIds, t),
        subject: pos === 0 ? null : pick(subjects, t * 2 + pos),
        records: pos === 0 ? [{ kind: 'casus', id: pick(caseIds, t) }] : [],
        purpose: name === 'export:save' ? 'Verstrekken aan partners' : null,
      })
    }
    vault.processingLog.append(spans)
  }
  const owner = await vault.db
    .selectFrom('vault_user')
    .select('id')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow()
  return { firstSeq: base + 1, lastSeq: base + options.count, userId: owner.id, subjects, caseIds, channels, startMs }
}

/**
 * The same entries as `appendLogFixture`, written straight into the tables of
 * a plain, unencrypted database, fast (one INSERT … SELECT over a counter per
 * 100,000 rows), for the benchmark's floor. The macs are zero bytes, not a chain:
 * never use this on a vault, whose open log would not know these rows.
 */
export async function writeLogFixture(db: Kysely<Database>, options: LogFixtureOptions): Promise<LogFixture> {
  const subjects = options.subjects ?? synthetic('subject', 5000).map((id) => ({ id, type: 'persoon' as const }))
  const caseIds = options.caseIds ?? synthetic('case', 2000)
  const channels = options.channels ?? defaultChannels
  const userId = options.userId ?? 'fixture-user'
  const startMs = options.endMs - options.days * 86_400_000
  const traces = Math.max(1, Math.ceil(options.count / 3))
  const stepMs = Math.max(1, Math.floor((options.endMs - startMs) / traces))
  await sql`INSERT OR IGNORE INTO vault_user (id, name, role, created_at)
    VALUES (${userId}, 'Fixture Gebruiker', 'Secretaris', ${new Date(startMs).toISOString()})`.execute(db)
  const top = await sql<{ top: number | null }>`SELECT max(seq) AS top FROM processing_log`.execute(db)
  const base = top.rows[0]?.top ?? 0
  await lookupTable(
    db,
    'fixture_subjects',
    ['id', 'type'],
    subjects.map((s) => [s.id, s.type]),
  )
  await lookupTable(
    db,
    'fixture_cases',
    ['id'],
    caseIds.map((id) => [id]),
  )
  await lookupTable(
    db,
    'fixture_channels',
    ['name'],
    channels.map((name) => [name]),
  )
  await lookupTable(
    db,
    'fixture_activities',
    ['id'],
    processingActivityIds.map((id) => [id]),
  )
  const CHUNK = 100_000
  await db.transaction().execute(async (trx) => {
    for (let from = 0; from < options.count; from += CHUNK) {
      const to = Math.min(options.count, from + CHUNK)
      const entries = `WITH RECURSIVE n(i) AS (SELECT ${String(from)} UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${String(to)}),
        e AS (SELECT i, i / 3 AS t, i % 3 AS pos FROM n)`
      await sql
        .raw(
          `${entries}
        INSERT INTO processing_log (seq, trace_id, span_id, parent_span_id, name, status, start_time, end_time,
          activity_id, data_subject_id, data_subject_type, records, user_id, purpose, key_epoch, mac)
        SELECT ${String(base)} + e.i + 1, printf('%032x', e.t + ${String(base)}), printf('%016x', e.i + ${String(base)}),
          CASE WHEN e.pos = 0 THEN NULL ELSE printf('%016x', e.t * 3 + ${String(base)}) END,
          c.name, CASE WHEN e.t % 97 = 0 THEN 'Error' ELSE 'Ok' END,
          ${String(startMs)} + e.t * ${String(stepMs)} + e.pos, ${String(startMs)} + e.t * ${String(stepMs)} + e.pos + 3 + e.t % 20,
          a.id,
          CASE WHEN e.pos = 0 THEN NULL ELSE s.id END, CASE WHEN e.pos = 0 THEN NULL ELSE s.type END,
          CASE WHEN e.pos = 0 THEN 'casus:' || k.id ELSE '' END,
          ${quote(userId)}, CASE WHEN c.name = 'export:save' THEN 'Verstrekken aan partners' ELSE NULL END,
          1, zeroblob(32)
        FROM e
        JOIN temp.fixture_channels c ON c.k = e.t % ${String(channels.length)}
        JOIN temp.fixture_activities a ON a.k = e.t % ${String(processingActivityIds.length)}
        JOIN temp.fixture_subjects s ON s.k = (e.t * 2 + e.pos) % ${String(subjects.length)}
        JOIN temp.fixture_cases k ON k.k = e.t % ${String(caseIds.length)}
        ORDER BY e.i`,
        )
        .execute(trx)
      await sql
        .raw(
          `${entries}
        INSERT INTO processing_log_record (record_id, seq, kind)
        SELECT k.id, ${String(base)} + e.i + 1, 'casus' FROM e JOIN temp.fixture_cases k ON k.k = e.t % ${String(caseIds.length)}
        WHERE e.pos = 0`,
        )
        .execute(trx)
    }
  })
  for (const name of ['fixture_subjects', 'fixture_cases', 'fixture_channels', 'fixture_activities'])
    await sql.raw(`DROP TABLE temp.${name}`).execute(db)
  return { firstSeq: base + 1, lastSeq: base + options.count, userId, subjects, caseIds, channels, startMs }
}
