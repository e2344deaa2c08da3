import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import type { SqliteDatabase } from '../../../db/vault/open-database'

/** How much one call adds to the processing log: its entries (spans) and their record rows. */
export interface LogShape {
  entries: number
  records: number
}

/**
 * The least the processing-log append of one call can cost: the same number
 * of entries and record rows inserted into the same tables with the same
 * indexes (processing_log, processing_log_record, on the plain copy holding
 * the same million entries), each entry with an HMAC-SHA256 over its text,
 * in ONE committed transaction. Subject and record ids are random UUIDs, as
 * real ones are: each lands on its own page of the indexes, and those pages
 * are what a commit writes. What it leaves out is what the log adds
 * beyond SQL: the chain's bookkeeping, canonical records, statements cached.
 */
export function logFloor(sqlite: SqliteDatabase, shape: LogShape): () => void {
  const key = randomBytes(32)
  let seq = Number(sqlite.prepare('SELECT coalesce(max(seq), 0) FROM processing_log').pluck().get())
  const entry = sqlite.prepare(`INSERT INTO processing_log (seq, trace_id, span_id, parent_span_id, name, status,
    start_time, end_time, activity_id, data_subject_id, data_subject_type, records, user_id, purpose, key_epoch, mac)
    VALUES (?, ?, ?, ?, 'meeting:get', 'Ok', ?, ?, 'vergaderen', ?, 'persoon', ?, 'floor-user', NULL, 1, ?)`)
  const record = sqlite.prepare("INSERT INTO processing_log_record (record_id, seq, kind) VALUES (?, ?, 'casus')")
  const write = sqlite.transaction(() => {
    const at = Date.now()
    const trace = randomBytes(16).toString('hex')
    const first = seq + 1
    for (let index = 0; index < shape.entries; index++) {
      seq++
      const span = randomBytes(8).toString('hex')
      const subject = index === 0 ? null : randomUUID()
      const records = index === 0 ? `casus:${randomUUID()}` : ''
      const mac = createHmac('sha256', key)
        .update(`${String(seq)}${trace}${span}${records}`)
        .digest()
      entry.run(seq, trace, span, index === 0 ? null : span, at, at + 1, subject, records, mac)
    }
    for (let index = 0; index < shape.records; index++) record.run(randomUUID(), first)
  })
  return () => write()
}
