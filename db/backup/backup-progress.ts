import type { BackupProgress } from '../../shared/contract/backup.contract'

/**
 * What a running back-up has done, for the progress bar, which asks for it
 * every few hundred milliseconds (`backup:progress`). The copy and the read
 * back go in steps of a megabyte between which other requests are answered;
 * the snapshot and the integrity check are single SQLite statements and
 * report only that they are running.
 */
export class ProgressMeter {
  private current: BackupProgress = { running: false, phase: null, doneBytes: 0, totalBytes: 0 }

  get value(): BackupProgress {
    return this.current
  }

  get running(): boolean {
    return this.current.running
  }

  phase(phase: NonNullable<BackupProgress['phase']>, totalBytes = 0): void {
    this.current = { running: true, phase, doneBytes: 0, totalBytes }
  }

  advance(bytes: number): void {
    this.current = { ...this.current, doneBytes: this.current.doneBytes + bytes }
  }

  done(): void {
    this.current = { running: false, phase: null, doneBytes: 0, totalBytes: 0 }
  }
}
