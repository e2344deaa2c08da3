import { randomBytes } from 'node:crypto'
import type { RecordRef, SubjectRef } from '../../shared/contract/processing'

/** One span to be written: what happened, to which records or which data subject, and why. */
export interface SpanDraft {
  traceId: string
  spanId: string
  parentSpanId: string | null
  name: string
  status: 'Unset' | 'Ok' | 'Error'
  startTime: number
  endTime: number
  activityId: string
  subject: SubjectRef | null
  records: readonly RecordRef[]
  purpose: string | null
}

/** OpenTelemetry ids: 16 random bytes for a trace, 8 for a span, as lower-case hex. */
export const newTraceId = (): string => randomBytes(16).toString('hex')
export const newSpanId = (): string => randomBytes(8).toString('hex')

/** Records in one canonical order, each once, so the same call always gives the same text. */
export function canonicalRecords(records: readonly RecordRef[]): { text: string; unique: RecordRef[] } {
  const byId = new Map<string, RecordRef>()
  for (const record of records) byId.set(record.id, record)
  const unique = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { text: unique.map((record) => `${record.kind}:${record.id}`).join(' '), unique }
}
