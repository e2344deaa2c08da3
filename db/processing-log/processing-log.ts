import type { ChainState } from '../../shared/contract/processing-chain.contract'
import type { SqliteDatabase } from '../kernel/sqlite-database'
import { type Anchor, anchorFileText, readAnchor, writeAnchor } from './log-anchor'
import { chainMac, GENESIS_MAC, type UnsealedEntry } from './log-entry'
import { LogKeyring } from './log-keys'
import { canonicalRecords, newSpanId, newTraceId, type SpanDraft } from './span-draft'
import { appendStatements, type ChainLink, databaseHead, macAt } from './log-rows.queries'
import { brokenAt, SEGMENT_ENTRIES, segmentState, verifyChain, verifySegment } from './verify-chain'

const GENESIS: ChainLink = { seq: 0, mac: GENESIS_MAC }
const toLink = (link: ChainLink) => ({ seq: link.seq, mac: link.mac.toString('hex') })
const fromLink = (link: { seq: number; mac: string }): ChainLink => ({
  seq: link.seq,
  mac: Buffer.from(link.mac, 'hex'),
})

interface Checked {
  state: ChainState
  /** The last entry known good: where the next verification starts. */
  verified: ChainLink
  /** The head the anchor file held, or null when it was missing or not ours. */
  anchoredHead: ChainLink | null
}

/**
 * The processing log (verwerkingenlog) of an open vault: appends spans to the
 * HMAC chain and keeps the anchor beside the vault. Opening verifies the chain
 * from where the previous verification stopped; a break is reported (`chain`),
 * never a reason to refuse the vault.
 */
export class ProcessingLog {
  private head: ChainLink
  private checked: Checked
  private readonly statements

  private constructor(
    private readonly sqlite: SqliteDatabase,
    private readonly keyring: LogKeyring,
    private readonly anchorPath: string,
    head: ChainLink,
    checked: Checked,
  ) {
    this.head = head
    this.checked = checked
    this.statements = appendStatements(sqlite)
  }

  /** Opens the log of a just-opened vault and verifies what was added since the last verification. */
  static open(sqlite: SqliteDatabase, dataKey: Buffer, anchorPath: string, now = new Date()): ProcessingLog {
    const keyring = LogKeyring.open(sqlite, dataKey, now)
    const head = databaseHead(sqlite, GENESIS_MAC)
    const log = new ProcessingLog(sqlite, keyring, anchorPath, head, check(sqlite, keyring, anchorPath, head, now))
    log.saveAnchor()
    return log
  }

  get chain(): ChainState {
    return this.checked.state
  }

  /** Appends spans in one transaction; each takes the next sequence number and links to the one before. */
  append(spans: readonly SpanDraft[]): void {
    if (spans.length === 0) return
    const userId = this.statements.currentUserId()
    let head = this.head
    const rows = spans.map((span) => {
      const records = canonicalRecords(span.records)
      const entry: UnsealedEntry = {
        seq: head.seq + 1,
        trace_id: span.traceId,
        span_id: span.spanId,
        parent_span_id: span.parentSpanId,
        name: span.name,
        status: span.status,
        start_time: span.startTime,
        end_time: span.endTime,
        activity_id: span.activityId,
        data_subject_id: span.subject?.id ?? null,
        data_subject_type: span.subject?.type ?? null,
        records: records.text,
        user_id: userId,
        purpose: span.purpose,
        key_epoch: this.keyring.currentEpoch,
      }
      const mac = chainMac(this.keyring.currentKey, head.mac, entry)
      head = { seq: entry.seq, mac }
      return { entry: { ...entry, mac }, records: records.unique }
    })
    this.statements.insert(rows)
    // Only once committed: a failed transaction leaves the chain where the database has it.
    this.head = head
  }

  /**
   * The whole chain from its first entry: the privacy officer's periodic check.
   * A million entries take seconds, so it goes a segment at a time and lets
   * other requests in between; entries appended meanwhile are for the next check.
   */
  async verifyAll(now = new Date()): Promise<ChainState> {
    const head = this.head
    let segment = verifySegment(this.sqlite, this.keyring, GENESIS, head.seq, SEGMENT_ENTRIES)
    while (!segment.done) {
      await new Promise((resolve) => setImmediate(resolve))
      segment = verifySegment(this.sqlite, this.keyring, segment.lastGood, head.seq, SEGMENT_ENTRIES)
    }
    const full = segmentState(this.sqlite, segment, GENESIS, head, now)
    // A chain intact in itself does not undo what the anchor found (a log cut short, an older file).
    if (full.state === 'broken' || this.checked.state.state !== 'broken')
      this.checked = { ...this.checked, state: full, verified: segment.lastGood }
    this.saveAnchor()
    return this.checked.state
  }

  /**
   * Records that a reported break was seen and why, in the log itself, and
   * continues the verification after it. Nothing earlier is recomputed.
   */
  acknowledgeBreak(reason: string, now = new Date()): ChainState {
    const current = this.checked.state
    if (current.state !== 'broken') return current
    const at = now.getTime()
    this.append([
      {
        traceId: newTraceId(),
        spanId: newSpanId(),
        parentSpanId: null,
        name: 'processing-log:acknowledge-break',
        status: 'Ok',
        startTime: at,
        endTime: at,
        activityId: 'toezicht',
        subject: null,
        // Which break: verification goes on after it from now on, at every unlock and every full check.
        records: current.firstBadSeq === null ? [] : [{ kind: 'logregel', id: String(current.firstBadSeq) }],
        purpose: reason,
      },
    ])
    // What came after the break is checked now, not taken on trust.
    const after = verifyChain(this.sqlite, this.keyring, this.checked.verified, this.head, now)
    this.checked = { state: after.state, verified: after.lastGood, anchoredHead: this.head }
    this.saveAnchor()
    return after.state
  }

  /** At lock: the anchor remembers the last entry, so a shortened or older log is noticed at the next unlock. */
  close(): void {
    this.saveAnchor()
  }

  /**
   * While a break stands the anchor keeps the head it had, so every unlock
   * reports the break again: a log cut short must not become the new normal by
   * being opened. Its `verified` link stops before the break.
   */
  private saveAnchor(): void {
    const anchor = this.anchor()
    if (anchor) writeAnchor(this.anchorPath, this.keyring.anchorKey, anchor)
  }

  /** The anchor as it would be saved now; a back-up carries it, so a restored vault's log verifies as it did here. */
  anchorText(): string | null {
    const anchor = this.anchor()
    return anchor ? anchorFileText(this.keyring.anchorKey, anchor) : null
  }

  private anchor(): Anchor | null {
    const intact = this.checked.state.state === 'intact'
    const head = intact ? this.head : this.checked.anchoredHead
    if (!head) return null
    if (intact) this.checked = { ...this.checked, anchoredHead: head }
    return { verified: toLink(this.checked.verified), head: toLink(head) }
  }
}

function check(sqlite: SqliteDatabase, keyring: LogKeyring, anchorPath: string, head: ChainLink, now: Date): Checked {
  const read = readAnchor(anchorPath, keyring.anchorKey)
  if (read.state !== 'valid') {
    // No anchor: a new vault, or one from before the log; an empty log then has nothing to hide.
    const full = verifyChain(sqlite, keyring, GENESIS, head, now)
    const reason = read.state === 'missing' ? 'anchor-missing' : 'anchor-invalid'
    const state =
      full.state.state === 'broken' || head.seq === 0 ? full.state : brokenAt(sqlite, reason, null, head.seq, now)
    return { state, verified: full.lastGood, anchoredHead: null }
  }
  const verified = fromLink(read.anchor.verified)
  const anchoredHead = fromLink(read.anchor.head)
  const broken = (reason: 'truncated' | 'replaced', seq: number): Checked => ({
    state: brokenAt(sqlite, reason, seq, head.seq, now),
    verified,
    anchoredHead,
  })
  // The database must still hold the entry that was last when the vault was locked, unchanged.
  if (head.seq < anchoredHead.seq) return broken('truncated', head.seq + 1)
  if (!macAt(sqlite, anchoredHead.seq, GENESIS_MAC)?.equals(anchoredHead.mac))
    return broken('replaced', anchoredHead.seq)
  if (!macAt(sqlite, verified.seq, GENESIS_MAC)?.equals(verified.mac)) return broken('replaced', verified.seq)
  const result = verifyChain(sqlite, keyring, verified, head, now)
  return { state: result.state, verified: result.lastGood, anchoredHead }
}
