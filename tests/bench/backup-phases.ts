import { performance } from 'node:perf_hooks'
import type { ProgressMeter } from '../../db/backup/backup-progress'

export type PhaseTimes = Record<string, number>

/**
 * Times each phase of one back-up by listening on its progress meter: the
 * moment `phase()` moves on ends the phase before, `done()` the last one
 * (which includes the rename and the folder's fsync). Wrapping this one
 * instance's methods leaves the production code as it is; the snapshot and
 * the check are single SQLite statements that no timer could sample.
 */
export function listenToPhases(progress: ProgressMeter): { take(): PhaseTimes; stop(): void } {
  const phase = progress.phase.bind(progress)
  const done = progress.done.bind(progress)
  let times: PhaseTimes = {}
  let current: { name: string; since: number } | null = null
  const close = () => {
    if (current) times[current.name] = (times[current.name] ?? 0) + performance.now() - current.since
    current = null
  }
  progress.phase = (name, totalBytes) => {
    close()
    current = { name, since: performance.now() }
    phase(name, totalBytes)
  }
  progress.done = () => {
    close()
    done()
  }
  return {
    take() {
      const taken = times
      times = {}
      return taken
    },
    stop() {
      progress.phase = phase
      progress.done = done
    },
  }
}
