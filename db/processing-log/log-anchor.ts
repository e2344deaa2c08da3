import { createHmac, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { replaceFileDurably } from '../kernel/replace-file'

/**
 * A chain detects an entry changed or removed in the middle, not a log cut
 * short at its end or an older vault file put back (research-notes.md). The
 * anchor, kept outside the database beside it, remembers two links:
 * - `verified`: how far the chain was last verified, where the next unlock
 *   continues (incremental verification);
 * - `head`: the last entry when the vault was last locked, which the database
 *   must still hold, with the same MAC.
 * It is MACed, so it can be trusted only as written by someone with the key.
 */
const Link = z.strictObject({ seq: z.number().int().min(0), mac: z.string().regex(/^[0-9a-f]{64}$/u) })
const StoredAnchor = z.strictObject({ version: z.literal(1), verified: Link, head: Link, tag: z.string() })
export type AnchorLink = z.output<typeof Link>
export interface Anchor {
  verified: AnchorLink
  head: AnchorLink
}

export type AnchorRead = { state: 'missing' } | { state: 'invalid' } | { state: 'valid'; anchor: Anchor }

function tagOf(key: Buffer, anchor: Anchor): string {
  const canonical = JSON.stringify([anchor.verified.seq, anchor.verified.mac, anchor.head.seq, anchor.head.mac])
  return createHmac('sha256', key).update(canonical).digest('hex')
}

export function readAnchor(path: string, key: Buffer): AnchorRead {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return { state: 'missing' }
  }
  try {
    const stored = StoredAnchor.parse(JSON.parse(text))
    const anchor = { verified: stored.verified, head: stored.head }
    const expected = Buffer.from(tagOf(key, anchor), 'hex')
    const given = Buffer.from(stored.tag, 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { state: 'invalid' }
    return { state: 'valid', anchor }
  } catch {
    return { state: 'invalid' }
  }
}

/** Written whole to a temporary name, synced, then renamed: a crash leaves the old anchor or the new one. */
export function writeAnchor(path: string, key: Buffer, anchor: Anchor): void {
  writeAnchorText(path, anchorFileText(key, anchor))
}

export function anchorFileText(key: Buffer, anchor: Anchor): string {
  return `${JSON.stringify({ version: 1, ...anchor, tag: tagOf(key, anchor) }, null, 2)}\n`
}

/** An anchor's file as made by anchorFileText, e.g. the one a back-up carries; its tag is checked when it is read. */
export function writeAnchorText(path: string, text: string): void {
  replaceFileDurably(path, text)
}
