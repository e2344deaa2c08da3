import { newSpanId, newTraceId, type SpanDraft } from '../../db/processing-log/span-draft'

/** A plain span as a data channel call would make it, for tests of the log itself. */
export function caseReadSpan(caseId: string, at = Date.now()): SpanDraft {
  return {
    traceId: newTraceId(),
    spanId: newSpanId(),
    parentSpanId: null,
    name: 'case:get',
    status: 'Ok',
    startTime: at,
    endTime: at + 2,
    activityId: 'casusregistratie',
    subject: null,
    records: [{ kind: 'casus', id: caseId }],
    purpose: null,
  }
}
