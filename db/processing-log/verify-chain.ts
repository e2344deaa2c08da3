import type { ChainBreakReason, ChainState } from '../../shared/contract/processing-chain.contract'
import type { SqliteDatabase } from '../kernel/sqlite-database'
import { chainMac } from './log-entry'
import type { LogKeyring } from './log-keys'
import { type ChainLink, entriesAfter, firstLinkFrom, isAcknowledgedBreak, startTimeAt } from './log-rows.queries'

export function brokenAt(
  sqlite: SqliteDatabase,
  reason: ChainBreakReason,
  seq: number | null,
  entries: number,
  now: Date,
): ChainState {
  const startTime = seq === null ? null : startTimeAt(sqlite, seq)
  return {
    state: 'broken',
    entries,
    reason,
    firstBadSeq: seq,
    firstBadAt: startTime === null ? null : new Date(startTime).toISOString(),
    checkedAt: now.toISOString(),
  }
}

/** Entries read at a time: a few tens of milliseconds of work, and bounded memory at a million entries. */
export const SEGMENT_ENTRIES = 10_000

export interface Segment {
  /** The first entry that fails, if any. */
  bad: { reason: ChainBreakReason; seq: number } | null
  /** The last entry that verified: where the next segment starts. */
  lastGood: ChainLink
  /** Whether the segment reached `upTo` (or a bad entry). */
  done: boolean
}

/**
 * Walks the chain from a link known good towards `upTo`, at most `limit`
 * entries: every sequence number present, every MAC the one its key makes over
 * the previous MAC and the entry. Stops at the first entry that fails.
 */
export function verifySegment(
  sqlite: SqliteDatabase,
  keyring: LogKeyring,
  from: ChainLink,
  upTo: number,
  limit = Number.MAX_SAFE_INTEGER,
): Segment {
  const segment = walkSegment(sqlite, keyring, from, upTo, limit)
  if (!segment.bad || !isAcknowledgedBreak(sqlite, segment.bad.seq)) return segment
  // A break the privacy officer recorded: the walk goes on from the first entry at or after it, taking
  // that entry's MAC as given, so everything after the break is still verified.
  const resume = firstLinkFrom(sqlite, segment.bad.seq)
  if (!resume || resume.seq > upTo) return { bad: null, lastGood: { seq: upTo, mac: segment.lastGood.mac }, done: true }
  return { bad: null, lastGood: resume, done: resume.seq >= upTo }
}

function walkSegment(
  sqlite: SqliteDatabase,
  keyring: LogKeyring,
  from: ChainLink,
  upTo: number,
  limit = Number.MAX_SAFE_INTEGER,
): Segment {
  let previous = from.mac
  let expected = from.seq + 1
  for (const row of entriesAfter(sqlite, from.seq, upTo, limit)) {
    const key = keyring.keyOf(row.key_epoch)
    const reason: ChainBreakReason | null =
      row.seq !== expected ? 'missing' : !key || !chainMac(key, previous, row).equals(row.mac) ? 'changed' : null
    if (reason)
      return {
        bad: { reason, seq: reason === 'missing' ? expected : row.seq },
        lastGood: { seq: expected - 1, mac: previous },
        done: true,
      }
    previous = row.mac
    expected++
  }
  const lastGood = { seq: expected - 1, mac: previous }
  // Fewer rows than asked and short of upTo: the entries up to it are gone.
  if (lastGood.seq < upTo && lastGood.seq - from.seq < limit)
    return { bad: { reason: 'missing', seq: expected }, lastGood, done: true }
  return { bad: null, lastGood, done: lastGood.seq >= upTo }
}

export function segmentState(
  sqlite: SqliteDatabase,
  segment: Segment,
  from: ChainLink,
  head: ChainLink,
  now: Date,
): ChainState {
  if (segment.bad) return brokenAt(sqlite, segment.bad.reason, segment.bad.seq, head.seq, now)
  return {
    state: 'intact',
    entries: head.seq,
    checkedFrom: from.seq + 1,
    checkedThrough: head.seq,
    checkedAt: now.toISOString(),
  }
}

/** The chain from a link known good up to the head, in one go: what an unlock checks. */
export function verifyChain(
  sqlite: SqliteDatabase,
  keyring: LogKeyring,
  from: ChainLink,
  head: ChainLink,
  now: Date,
): { state: ChainState; lastGood: ChainLink } {
  let segment = verifySegment(sqlite, keyring, from, head.seq, SEGMENT_ENTRIES)
  while (!segment.done) segment = verifySegment(sqlite, keyring, segment.lastGood, head.seq, SEGMENT_ENTRIES)
  return { state: segmentState(sqlite, segment, from, head, now), lastGood: segment.lastGood }
}
