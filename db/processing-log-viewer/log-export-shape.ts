import type { LogRow } from '../../shared/contract/processing-log.contract'
import { csvLines } from '../exports/district-report/csv-field'

/**
 * The log as it leaves the vault, in the shape of Logius Logboek
 * Dataverwerkingen: OpenTelemetry spans with the standard's `dpl.core.*`
 * attributes, and Tafelwerk's own (records, user, purpose) under `tafelwerk.*`.
 */
export const activityUri = (id: string) => `urn:tafelwerk:verwerkingsactiviteit:${id}`

const BOM = '\uFEFF'
const iso = (ms: number) => new Date(ms).toISOString()
const recordsText = (row: LogRow) => row.records.map((ref) => `${ref.kind}:${ref.id}`).join(' ')

export const LOG_CSV_COLUMNS = [
  'trace_id',
  'span_id',
  'parent_span_id',
  'name',
  'status',
  'start_time',
  'end_time',
  'dpl.core.processing_activity_id',
  'activiteit',
  'dpl.core.data_subject_id',
  'dpl.core.data_subject_id_type',
  'tafelwerk.records',
  'tafelwerk.user_id',
  'tafelwerk.user_name',
  'tafelwerk.user_role',
  'tafelwerk.purpose',
  'tafelwerk.seq',
] as const

/** One line per span, ISO 8601 times (UTC); `;`-separated and with a BOM, for Dutch Excel. */
export function logCsv(rows: readonly LogRow[]): string {
  const lines = rows.map((row) => [
    row.traceId,
    row.spanId,
    row.parentSpanId ?? '',
    row.name,
    row.status,
    iso(row.startTime),
    iso(row.endTime),
    activityUri(row.activityId),
    row.activityName ?? '',
    row.dataSubjectId ?? '',
    row.dataSubjectType ?? '',
    recordsText(row),
    row.userId,
    row.userName ?? '',
    row.userRole ?? '',
    row.purpose ?? '',
    String(row.seq),
  ])
  return BOM + csvLines([[...LOG_CSV_COLUMNS], ...lines])
}

type AnyValue = { stringValue: string } | { intValue: string }
interface OtlpAttribute {
  key: string
  value: AnyValue
}

/** OTLP's status codes: STATUS_CODE_UNSET, _OK, _ERROR. */
const statusCode = { Unset: 0, Ok: 1, Error: 2 } as const
const nanos = (ms: number) => `${String(ms)}000000`

function attributes(row: LogRow): OtlpAttribute[] {
  const text = (key: string, value: string | null): OtlpAttribute[] =>
    value === null || value === '' ? [] : [{ key, value: { stringValue: value } }]
  return [
    ...text('dpl.core.processing_activity_id', activityUri(row.activityId)),
    ...text('dpl.core.data_subject_id', row.dataSubjectId),
    ...text('dpl.core.data_subject_id_type', row.dataSubjectType),
    ...text('tafelwerk.records', recordsText(row)),
    ...text('tafelwerk.user_id', row.userId),
    ...text('tafelwerk.purpose', row.purpose),
    { key: 'tafelwerk.seq', value: { intValue: String(row.seq) } },
  ]
}

/** OTLP JSON (as an OpenTelemetry collector writes it): times as Unix nanoseconds in strings. */
export function logJson(rows: readonly LogRow[], exportedAt: Date): string {
  const spans = rows.map((row) => ({
    traceId: row.traceId,
    spanId: row.spanId,
    ...(row.parentSpanId === null ? {} : { parentSpanId: row.parentSpanId }),
    name: row.name,
    kind: 1,
    startTimeUnixNano: nanos(row.startTime),
    endTimeUnixNano: nanos(row.endTime),
    attributes: attributes(row),
    status: { code: statusCode[row.status] },
  }))
  const document = {
    resourceSpans: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: 'tafelwerk' } },
            { key: 'tafelwerk.exported_at', value: { stringValue: exportedAt.toISOString() } },
          ],
        },
        scopeSpans: [{ scope: { name: 'tafelwerk.verwerkingenlog' }, spans }],
      },
    ],
  }
  return JSON.stringify(document, null, 2) + '\n'
}
