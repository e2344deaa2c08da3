/** A row only while a purge runs, in its transaction: adopted-minutes triggers let the purge scrub (migration 10). */
export interface RetentionPurgeRunningTable {
  case_id: string
}
