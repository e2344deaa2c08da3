/** One version of a processing activity in the register (verwerkingsregister); a change adds a version. */
export interface ProcessingActivityTable {
  id: string
  version: number
  name: string
  purpose: string
  legal_basis: string
  data_categories: string
  subject_categories: string
  retention: string
  recipients: string
  created_at: string
}

/** The vault's owner as asked at creation; a change is a new row, so old log entries keep their author. */
export interface VaultUserTable {
  id: string
  name: string
  role: string
  created_at: string
}

export interface ProcessingLogKeyTable {
  epoch: number
  key: Buffer
  created_at: string
}

/** One span of the processing log (Logius Logboek Dataverwerkingen); times are Unix milliseconds. */
export interface ProcessingLogTable {
  seq: number
  trace_id: string
  span_id: string
  parent_span_id: string | null
  /** The operation: the contract channel, or a vault-side operation such as a purge. */
  name: string
  status: 'Unset' | 'Ok' | 'Error'
  start_time: number
  end_time: number
  activity_id: string
  data_subject_id: string | null
  data_subject_type: string | null
  /** The records concerned, canonical: `kind:id` joined by spaces, sorted. */
  records: string
  user_id: string
  purpose: string | null
  key_epoch: number
  mac: Buffer
}

export interface ProcessingLogRecordTable {
  record_id: string
  seq: number
  kind: string
}

/** What a purge removed: counts per kind, never the values. */
export interface RetentionPurgeTable {
  id: string
  case_id: string
  case_code: string
  purged_at: string
  retention_until: string
  counts: string
}
