import type { Floor } from '../floor-row'
import { commitFloor } from '../commit-floor'

/**
 * The least a recorded decision can cost: as many rows as the real call
 * wrote (decision, phase change, case, search index, log entries…) in ONE
 * committed transaction (commit-floor.ts). The real call commits twice: the
 * decision with its effect, then its processing-log entries.
 */
export function decisionFloor(rowsWritten: () => number): Floor {
  return (sqlite) => commitFloor(sqlite, rowsWritten)
}
