import { createHmac } from 'node:crypto'
import type { ProcessingLogTable } from '../kernel/schema/processing-log.table'

export type LogEntry = ProcessingLogTable
export type UnsealedEntry = Omit<LogEntry, 'mac'>

/** The MAC of the chain's start: no entry before the first. */
export const GENESIS_MAC = Buffer.alloc(32)

/**
 * The canonical form of an entry: every field but the MAC, in a fixed order, as
 * JSON. A change to any field, including the sequence number, changes it.
 */
export function canonicalEntry(entry: UnsealedEntry): string {
  return JSON.stringify([
    entry.seq,
    entry.trace_id,
    entry.span_id,
    entry.parent_span_id,
    entry.name,
    entry.status,
    entry.start_time,
    entry.end_time,
    entry.activity_id,
    entry.data_subject_id,
    entry.data_subject_type,
    entry.records,
    entry.user_id,
    entry.purpose,
    entry.key_epoch,
  ])
}

/** An entry's link in the chain: HMAC over the previous link and the entry, so no entry can change, go or move unseen. */
export function chainMac(key: Buffer, previous: Buffer, entry: UnsealedEntry): Buffer {
  return createHmac('sha256', key).update(previous).update(canonicalEntry(entry)).digest()
}
