import { isNoProcessing, type Processing, type ProcessingDeclaration } from '../../shared/contract/processing'
import { newSpanId, newTraceId, type SpanDraft } from './span-draft'

export interface Call {
  channel: string
  input: unknown
  /** The handler's answer; absent when it failed. */
  output?: unknown
  startTime: number
  endTime: number
}

/**
 * The spans one call adds, after its declaration: one for the call with the
 * records it concerns, and one child per data subject, as the Logius standard
 * wants a span to concern at most one subject. A failed call is logged too,
 * with the records its input names.
 */
export function spansForCall(declaration: ProcessingDeclaration<never, never> | undefined, call: Call): SpanDraft[] {
  if (!declaration || isNoProcessing(declaration)) return []
  const processing = declaration as unknown as Processing<unknown, unknown>
  const failed = !('output' in call)
  const records = failed
    ? (processing.inputRecords?.(call.input) ?? [])
    : [...(processing.inputRecords?.(call.input) ?? []), ...(processing.records?.(call.input, call.output) ?? [])]
  const subjects = failed ? [] : (processing.subjects?.(call.input, call.output) ?? [])
  const traceId = newTraceId()
  const parent: SpanDraft = {
    traceId,
    spanId: newSpanId(),
    parentSpanId: null,
    name: call.channel,
    status: failed ? 'Error' : 'Ok',
    startTime: call.startTime,
    endTime: call.endTime,
    activityId: processing.activity,
    subject: null,
    records,
    purpose: processing.purpose?.(call.input) ?? null,
  }
  const seen = new Set<string>()
  const children = subjects
    .filter((subject) => !seen.has(subject.id) && seen.add(subject.id))
    .map((subject): SpanDraft => ({
      ...parent,
      spanId: newSpanId(),
      parentSpanId: parent.spanId,
      subject,
      records: [],
    }))
  return [parent, ...children]
}
