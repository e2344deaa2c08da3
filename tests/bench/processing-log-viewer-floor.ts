import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers'

export type FloorFilter =
  | { kind: 'none' }
  | { kind: 'period'; fromMs: number; toMs: number }
  | { kind: 'record'; id: string }
  | { kind: 'subject'; id: string }
  | { kind: 'activity'; id: string }
  | { kind: 'channel'; name: string }

/**
 * The log viewer's floor: the first page for one filter as a skilled
 * engineer would write it straight against SQLite, on an unencrypted copy
 * of the same entries: the bare rows along the filter's index, without the
 * joins for user, activity and subject names.
 */
export function floorFirstPage(db: BetterSqlite3.Database, limit: number): (filter: FloorFilter) => number {
  const statements = {
    none: db.prepare(`SELECT * FROM processing_log ORDER BY seq DESC LIMIT ${String(limit)}`),
    period: db.prepare(
      `SELECT * FROM processing_log WHERE start_time >= ? AND start_time < ? ORDER BY start_time DESC, seq DESC LIMIT ${String(limit)}`,
    ),
    record: db.prepare(
      `SELECT l.* FROM processing_log_record r JOIN processing_log l ON l.seq = r.seq WHERE r.record_id = ? ORDER BY r.seq DESC LIMIT ${String(limit)}`,
    ),
    subject: db.prepare(
      `SELECT * FROM processing_log WHERE data_subject_id = ? ORDER BY seq DESC LIMIT ${String(limit)}`,
    ),
    activity: db.prepare(`SELECT * FROM processing_log WHERE activity_id = ? ORDER BY seq DESC LIMIT ${String(limit)}`),
    channel: db.prepare(`SELECT * FROM processing_log WHERE name = ? ORDER BY seq DESC LIMIT ${String(limit)}`),
  }
  return (filter) => {
    switch (filter.kind) {
      case 'none':
        return statements.none.all().length
      case 'period':
        return statements.period.all(filter.fromMs, filter.toMs).length
      case 'record':
        return statements.record.all(filter.id).length
      case 'subject':
        return statements.subject.all(filter.id).length
      case 'activity':
        return statements.activity.all(filter.id).length
      case 'channel':
        return statements.channel.all(filter.name).length
    }
  }
}
