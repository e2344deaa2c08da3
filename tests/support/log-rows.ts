import type { RecordRef } from '../../shared/contract/processing'
import { newSpanId, newTraceId } from '../../db/processing-log/span-draft'
import type { Vault } from '../../db/vault/vault'

/**
 * A processing-log span at a chosen time, appended through the vault's log
 * (chained and MACed like any other, by the vault's owner), for tests of what
 * reads the log (the inzageverzoek) apart from the calls that write it.
 */
export function appendLogSpan(
  vault: Vault,
  span: {
    name: string
    activityId: string
    startTime: number
    subjectId?: string | null
    records?: RecordRef[]
    purpose?: string | null
    /** The call's span, for a child span about one data subject. */
    parent?: { traceId: string; spanId: string }
  },
): { traceId: string; spanId: string } {
  const traceId = span.parent?.traceId ?? newTraceId()
  const spanId = newSpanId()
  vault.processingLog.append([
    {
      traceId,
      spanId,
      parentSpanId: span.parent?.spanId ?? null,
      name: span.name,
      status: 'Ok',
      startTime: span.startTime,
      endTime: span.startTime + 3,
      activityId: span.activityId,
      subject: span.subjectId ? { id: span.subjectId, type: 'persoon' } : null,
      records: span.records ?? [],
      purpose: span.purpose ?? null,
    },
  ])
  return { traceId, spanId }
}
