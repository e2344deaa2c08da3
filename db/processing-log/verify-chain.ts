import type { ChainBreakReason, ChainState } from '../../shared/contract/processing-chain.contract'
import type { SqliteDatabase } from '../vault/open-database'
import { chainMac } from './log-entry'
import type { LogKeyring } from './log-keys'
import { type ChainLink, entriesAfter, startTimeAt } from './log-rows.queries'

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

/**
 * Walks the chain from a link known good to the database's last entry: every
 * sequence number present, every MAC the one its key makes over the previous
 * MAC and the entry. Stops at the first entry that fails and names it.
 */
export function verifyChain(
  sqlite: SqliteDatabase,
  keyring: LogKeyring,
  from: ChainLink,
  head: ChainLink,
  now: Date,
): { state: ChainState; lastGood: ChainLink } {
  const rows = entriesAfter(sqlite, from.seq)
  let previous = from.mac
  let expected = from.seq + 1
  for (const row of rows) {
    const key = keyring.keyOf(row.key_epoch)
    const bad: ChainBreakReason | null =
      row.seq !== expected ? 'missing' : !key || !chainMac(key, previous, row).equals(row.mac) ? 'changed' : null
    if (bad) {
      // Leave the statement: an iterator abandoned mid-way keeps it busy.
      rows.return?.()
      const state = brokenAt(sqlite, bad, bad === 'missing' ? expected : row.seq, head.seq, now)
      return { state, lastGood: { seq: expected - 1, mac: previous } }
    }
    previous = row.mac
    expected++
  }
  const state: ChainState = {
    state: 'intact',
    entries: head.seq,
    checkedFrom: from.seq + 1,
    checkedThrough: head.seq,
    checkedAt: now.toISOString(),
  }
  return { state, lastGood: head }
}
