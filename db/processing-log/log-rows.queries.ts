import { randomUUID } from 'node:crypto'
import { OWNER_NOT_GIVEN } from '../../shared/contract/vault-user.contract'
import type { SqliteDatabase } from '../kernel/sqlite-database'
import type { LogEntry } from './log-entry'

/**
 * The processing log's own SQL, on the raw connection: appending runs after
 * every data call, and prepared statements keep it well under a millisecond.
 */
export interface ChainLink {
  seq: number
  mac: Buffer
}

/** The last entry in the database, or the chain's start when there is none. */
export function databaseHead(sqlite: SqliteDatabase, genesis: Buffer): ChainLink {
  const row = sqlite.prepare('SELECT seq, mac FROM processing_log ORDER BY seq DESC LIMIT 1').get() as
    ChainLink | undefined
  return row ?? { seq: 0, mac: genesis }
}

export function macAt(sqlite: SqliteDatabase, seq: number, genesis: Buffer): Buffer | null {
  if (seq === 0) return genesis
  const row = sqlite.prepare('SELECT mac FROM processing_log WHERE seq = ?').get(seq) as { mac: Buffer } | undefined
  return row?.mac ?? null
}

export function startTimeAt(sqlite: SqliteDatabase, seq: number): number | null {
  const row = sqlite.prepare('SELECT start_time FROM processing_log WHERE seq = ?').get(seq) as
    { start_time: number } | undefined
  return row?.start_time ?? null
}

/** The first entry at or after `seq`: where a verification goes on after an acknowledged break. */
export function firstLinkFrom(sqlite: SqliteDatabase, seq: number): ChainLink | null {
  return (
    (sqlite.prepare('SELECT seq, mac FROM processing_log WHERE seq >= ? ORDER BY seq LIMIT 1').get(seq) as
      ChainLink | undefined) ?? null
  )
}

/** Whether a later entry records that the break at `seq` was seen and why (processing-log:acknowledge-break). */
export function isAcknowledgedBreak(sqlite: SqliteDatabase, seq: number): boolean {
  return (
    sqlite
      .prepare(
        `SELECT 1 FROM processing_log_record r JOIN processing_log l ON l.seq = r.seq
         WHERE r.kind = 'logregel' AND r.record_id = ? AND l.seq > ? AND l.name = 'processing-log:acknowledge-break'`,
      )
      .get(String(seq), seq) !== undefined
  )
}

/** Entries after `seq` up to and including `upTo`, in order, at most `limit`. */
export function entriesAfter(sqlite: SqliteDatabase, seq: number, upTo: number, limit: number): LogEntry[] {
  return sqlite
    .prepare('SELECT * FROM processing_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?')
    .all(seq, upTo, limit) as LogEntry[]
}

/** The statements an append uses, prepared once per open vault. */
export function appendStatements(sqlite: SqliteDatabase) {
  const insertEntry = sqlite.prepare(
    `INSERT INTO processing_log (seq, trace_id, span_id, parent_span_id, name, status, start_time, end_time,
       activity_id, data_subject_id, data_subject_type, records, user_id, purpose, key_epoch, mac)
     VALUES (@seq, @trace_id, @span_id, @parent_span_id, @name, @status, @start_time, @end_time,
       @activity_id, @data_subject_id, @data_subject_type, @records, @user_id, @purpose, @key_epoch, @mac)`,
  )
  const insertRecord = sqlite.prepare('INSERT INTO processing_log_record (record_id, seq, kind) VALUES (?, ?, ?)')
  const latestUser = sqlite.prepare('SELECT id FROM vault_user ORDER BY created_at DESC, rowid DESC LIMIT 1').pluck()
  const addUnnamedOwner = sqlite.prepare('INSERT INTO vault_user (id, name, role, created_at) VALUES (?, ?, ?, ?)')
  return {
    /**
     * Who new entries are by: the latest owner row. A vault from before owners
     * were asked has none; then it gets the honest row "Niet ingevuld" (as
     * db/vault-users writes it), and the owner's answer later becomes a newer one.
     */
    currentUserId: (): string => {
      const latest = latestUser.get() as string | undefined
      if (latest) return latest
      const id = randomUUID()
      addUnnamedOwner.run(id, OWNER_NOT_GIVEN, OWNER_NOT_GIVEN, new Date().toISOString())
      return id
    },
    /** All entries with their records in one transaction: a log entry is never half written. */
    insert: sqlite.transaction(
      (entries: readonly { entry: LogEntry; records: readonly { id: string; kind: string }[] }[]) => {
        for (const { entry, records } of entries) {
          insertEntry.run(entry)
          for (const record of records) insertRecord.run(record.id, entry.seq, record.kind)
        }
      },
    ),
  }
}
