import { type Kysely, type RawBuilder, sql } from 'kysely'
import type {
  LogCursor,
  LogFilters,
  LogPage,
  LogPageRequest,
  LogRow,
} from '../../shared/contract/processing-log.contract'
import type { SubjectRef } from '../../shared/contract/processing'
import { type SubjectKind, subjectKinds } from '../../shared/domain/subject'
import type { Database } from '../kernel/schema/database'

interface RawRow {
  seq: number
  trace_id: string
  span_id: string
  parent_span_id: string | null
  name: string
  status: LogRow['status']
  start_time: number
  end_time: number
  activity_id: string
  activity_name: string | null
  data_subject_id: string | null
  data_subject_type: string | null
  data_subject_name: string | null
  records: string
  user_id: string
  user_name: string | null
  user_role: string | null
  purpose: string | null
}

/** `kind:id kind:id`, as the log stores it canonically; an id may itself hold a colon. */
export function parseRecords(records: string): LogRow['records'] {
  if (records === '') return []
  return records.split(' ').map((ref) => {
    const colon = ref.indexOf(':')
    return colon < 0 ? { kind: '', id: ref } : { kind: ref.slice(0, colon), id: ref.slice(colon + 1) }
  })
}

const toRow = (raw: RawRow): LogRow => ({
  seq: raw.seq,
  traceId: raw.trace_id,
  spanId: raw.span_id,
  parentSpanId: raw.parent_span_id,
  name: raw.name,
  status: raw.status,
  startTime: raw.start_time,
  endTime: raw.end_time,
  activityId: raw.activity_id,
  activityName: raw.activity_name,
  dataSubjectId: raw.data_subject_id,
  dataSubjectType: raw.data_subject_type,
  dataSubjectName: raw.data_subject_name,
  records: parseRecords(raw.records),
  userId: raw.user_id,
  userName: raw.user_name,
  userRole: raw.user_role,
  purpose: raw.purpose,
})

const hasPeriod = (f: LogFilters) => f.fromMs !== null || f.toMs !== null
const hasEquality = (f: LogFilters) =>
  f.recordId !== null || f.subjectId !== null || f.activityId !== null || f.channel !== null

/**
 * With only a period, pages run newest first by start time so the start-time
 * index (start_time, then seq as its rowid) gives the page straight away,
 * wherever in the years the period lies. With any other filter, by seq along
 * that filter's (…, seq) index, and the period is a plain condition.
 */
export const ordersByStartTime = (f: LogFilters) => hasPeriod(f) && !hasEquality(f)

function conditions(filters: LogFilters, cursor: LogCursor | null): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = []
  if (filters.fromMs !== null) where.push(sql`l.start_time >= ${filters.fromMs}`)
  if (filters.toMs !== null) where.push(sql`l.start_time < ${filters.toMs}`)
  if (filters.subjectId !== null) where.push(sql`l.data_subject_id = ${filters.subjectId}`)
  if (filters.activityId !== null) where.push(sql`l.activity_id = ${filters.activityId}`)
  if (filters.channel !== null) where.push(sql`l.name = ${filters.channel}`)
  if (cursor !== null)
    where.push(
      ordersByStartTime(filters)
        ? sql`(l.start_time, l.seq) < (${cursor.startTime}, ${cursor.seq})`
        : sql`l.seq < ${cursor.seq}`,
    )
  return where
}

const columns = sql`l.seq, l.trace_id, l.span_id, l.parent_span_id, l.name, l.status, l.start_time, l.end_time,
  l.activity_id, l.data_subject_id, l.data_subject_type, l.records, l.user_id, l.purpose,
  (SELECT a.name FROM processing_activity a WHERE a.id = l.activity_id ORDER BY a.version DESC LIMIT 1) AS activity_name,
  u.name AS user_name, u.role AS user_role,
  coalesce(s.name, s.description) AS data_subject_name`

/** One page of log entries, newest first, read along the index its filter has (see the migration). */
export async function readLogRows(
  db: Kysely<Database>,
  filters: LogFilters,
  cursor: LogCursor | null,
  limit: number,
): Promise<LogRow[]> {
  const where = conditions(filters, cursor)
  // A record's entries come from processing_log_record's (record_id, seq) key, joined to the log by seq.
  const source =
    filters.recordId !== null
      ? sql`processing_log_record r JOIN processing_log l ON l.seq = r.seq`
      : sql`processing_log l`
  if (filters.recordId !== null) where.push(sql`r.record_id = ${filters.recordId}`)
  const order = ordersByStartTime(filters)
    ? sql`l.start_time DESC, l.seq DESC`
    : filters.recordId !== null
      ? sql`r.seq DESC`
      : sql`l.seq DESC`
  const whereClause = where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``
  const result = await sql<RawRow>`
    SELECT ${columns}
    FROM ${source}
    LEFT JOIN vault_user u ON u.id = l.user_id
    LEFT JOIN subject s ON s.id = l.data_subject_id
    ${whereClause}
    ORDER BY ${order}
    LIMIT ${limit}`.execute(db)
  return result.rows.map(toRow)
}

const noFilters = (f: LogFilters) => !hasPeriod(f) && !hasEquality(f)

/** `processing-log:page`: a page and where the next starts; the total only when it costs nothing. */
export async function readLogPage(db: Kysely<Database>, request: LogPageRequest): Promise<LogPage> {
  const rows = await readLogRows(db, request.filters, request.cursor, request.limit)
  const last = rows.at(-1)
  const nextCursor = rows.length === request.limit && last ? { seq: last.seq, startTime: last.startTime } : null
  let total: number | null = null
  if (noFilters(request.filters)) {
    // Append-only (triggers refuse DELETE) with seq assigned in order: the highest seq is the number of entries.
    const top = await sql<{ top: number | null }>`SELECT max(seq) AS top FROM processing_log`.execute(db)
    total = top.rows[0]?.top ?? 0
  }
  return { rows, nextCursor, total, subject: await filteredSubject(db, request.filters.subjectId) }
}

const isSubjectKind = (type: string | null | undefined): type is SubjectKind =>
  subjectKinds.some((kind) => kind === type)

/**
 * The subject a filter names, with its kind: from the subject table, or for
 * a purged subject from its latest entry. Null when neither knows the id:
 * then nothing about anyone was read.
 */
export async function filteredSubject(db: Kysely<Database>, id: string | null): Promise<SubjectRef | null> {
  if (id === null) return null
  const subject = await db.selectFrom('subject').select('kind').where('id', '=', id).executeTakeFirst()
  if (subject) return { id, type: subject.kind }
  const logged = await sql<{ type: string | null }>`
    SELECT data_subject_type AS type FROM processing_log WHERE data_subject_id = ${id} ORDER BY seq DESC LIMIT 1`.execute(
    db,
  )
  const type = logged.rows[0]?.type
  return isSubjectKind(type) ? { id, type } : null
}
