import { describe, expect, it } from 'vitest'
import type { FloorRow } from '../../bench/floors/floor-row'
import { runFloorSuite } from '../../bench/floors/floor-suite'

const LIMIT = 5

/**
 * What the guard compares for a row. Reads are held to their floor plus the
 * floor of their processing-log append (log-floor.ts: the same entries and
 * record rows into the same indexed tables, one commit): every read is
 * logged and committed before its answer leaves, a legal requirement, and
 * at this small scale that commit (an fsync) is most of a read, so a ratio
 * to the bare read floor would sit above 5 for that reason alone. A read
 * that grew an N+1 or lost its index still shows: its handler outgrows the
 * read floor. The decision is held the same way: its floor (its reads, its
 * rows and index entry in one commit, the read-back) plus the floor of its
 * log append, a second commit by design. Unlock is held to the KDF alone.
 */
function guardRatio(row: FloorRow): number | null {
  const logged = row['logged_ratio']
  return typeof logged === 'number' ? logged : row.ratio
}

/**
 * Issue 14's regression guard: the one-run suite at a small scale (250
 * cases, 20,000 log entries, 20 runs a row), failing when an operation's
 * ratio to its floor exceeds 5. Generous, because the machines are noisy:
 * a row over the limit is timed up to twice more with fresh runs before it fails.
 */
describe('performance against the physical floor (small scale)', () => {
  it('keeps every operation within 5× its floor', { timeout: 120_000 }, async () => {
    const { rows } = await runFloorSuite({
      scale: 0.05,
      logEntries: 20_000,
      runs: 20,
      unlockRuns: 2,
      reportRuns: 5,
      memory: false,
      print: false,
      again: (row) => (guardRatio(row) ?? 0) > LIMIT,
    })
    const names = rows.map((row) => row.name)
    expect(names).toEqual([
      'unlock',
      'case-list-page',
      'case-page',
      'search-top-20',
      'open-meeting-40-items',
      'record-decision-with-effect-and-log',
      'district-report-ten-years',
    ])
    const over = rows.filter((row) => {
      const ratio = guardRatio(row)
      return ratio === null || !Number.isFinite(ratio) || ratio > LIMIT
    })
    expect(over.map((row) => JSON.stringify(row))).toEqual([])
  })
})
