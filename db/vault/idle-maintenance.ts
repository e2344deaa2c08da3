import type { SqliteDatabase } from './open-database'

/** Quiet time after the last request before maintenance runs: well after a typing pause, well before anyone notices. */
export const IDLE_MAINTENANCE_DELAY_MS = 800

/** Pages of search index one idle round may merge; a few milliseconds of work, continued in the next round. */
const MERGE_PAGES = 128

/**
 * The slow, periodic parts of a write, moved out of the user's way.
 *
 * With `synchronous=FULL` a commit costs a few milliseconds, but every few
 * dozen commits SQLite also folds the WAL back into the database file and
 * FTS5 merges its index segments; at the benchmark scale those rounds took
 * 20 to 80 ms inside an ordinary save. The search index is told not to merge
 * inside commits (migration 04 sets `automerge=0`), and this class runs the
 * checkpoint and the merge once the vault has been idle for a moment, as
 * SQLite's documentation suggests for the `merge` command. Durability is
 * unchanged: a change is in the fsynced WAL when its request answers.
 * SQLite's own `wal_autocheckpoint` stays as the bound during long bursts
 * (demo data), and FTS5's crisis merge bounds the number of segments.
 */
export class IdleMaintenance {
  private timer: ReturnType<typeof setTimeout> | null = null
  private changesAtLastRun = -1

  constructor(
    private readonly sqlite: SqliteDatabase,
    private readonly delayMs = IDLE_MAINTENANCE_DELAY_MS,
  ) {}

  /** Called after every request: (re)starts the quiet period. */
  postpone(): void {
    this.cancel()
    this.timer = setTimeout(() => {
      this.timer = null
      try {
        this.run()
      } catch {
        // A round that fails (disk full, I/O error) leaves the WAL and the index as they were, still valid;
        // it must not become an uncaught error in the main process. A real fault shows at the next request.
      }
    }, this.delayMs)
    // A pending round must never keep a test process or a closing app alive.
    this.timer.unref()
  }

  /** One round: merge some index segments, then checkpoint everything committed. Without new changes it does nothing. */
  run(): { ran: boolean } {
    if (!this.sqlite.open) return { ran: false }
    if (this.totalChanges() === this.changesAtLastRun) return { ran: false }
    this.sqlite.prepare("INSERT INTO search_fts(search_fts, rank) VALUES('merge', ?)").run(MERGE_PAGES)
    // PASSIVE never waits for a reader, so a round can not stall a request that arrives meanwhile.
    const [checkpoint] = this.sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[]
    if (checkpoint && checkpoint.log > 0 && checkpoint.checkpointed === checkpoint.log) this.restartLog()
    // Counted after the merge, which is a change itself: only a later request's writes start a new round,
    // and merging left over from this round continues then.
    this.changesAtLastRun = this.totalChanges()
    return { ran: true }
  }

  /**
   * A WAL that has been checkpointed in full starts over at the next commit,
   * which then writes and, under synchronous=FULL, fsyncs a new WAL header
   * first: measured here, that made the user's next save 2 ms slower at p95.
   * Rewriting an unchanged header field (user_version, which nothing else
   * uses) is a commit of one page that does that restart now, while idle.
   */
  private restartLog(): void {
    const version = Number(this.sqlite.pragma('user_version', { simple: true }))
    this.sqlite.pragma(`user_version = ${String(version)}`)
  }

  private totalChanges(): number {
    return Number(this.sqlite.prepare('SELECT total_changes()').pluck().get())
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
