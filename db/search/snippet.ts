import type { SearchResult } from '../../shared/contract/search.contract'
import { foldExtra } from '../../shared/domain/search'

type SnippetPart = SearchResult['snippet'][number]

const WINDOW = 14
const TOKEN = /[\p{L}\p{N}]+/gu

/** The same folding as the index's tokenizer (unicode61, remove_diacritics 2): no case, no accents. */
function fold(word: string): string {
  return foldExtra(word).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The folded tokens of the typed terms; each is matched as a word prefix, as the query does. */
export function snippetTokens(text: string): string[] {
  return [...new Set([...fold(text).matchAll(TOKEN)].map((match) => match[0]))]
}

/**
 * A one-line excerpt of a document body around the words that matched, built
 * here rather than with FTS5's snippet(): that re-runs the full-text query
 * per row, which costs more than the whole search. No hit, no snippet.
 */
export function makeSnippet(body: string, tokens: readonly string[]): SnippetPart[] {
  if (tokens.length === 0 || body === '') return []
  // Markdown heading and list marks are layout, not content.
  const text = body
    .replace(/(^|\n)[ \t]*(?:#{1,6}|[-*+]|\d+\.)[ \t]+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
  const words = [...text.matchAll(TOKEN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hit: tokens.some((token) => fold(match[0]).startsWith(token)),
  }))
  const firstHit = words.findIndex((word) => word.hit)
  if (firstHit === -1) return []
  // The window with the most hits, starting a little before its first one.
  let best = firstHit
  let bestHits = 0
  for (let from = firstHit; from < words.length; from++) {
    if (!words[from]?.hit) continue
    const hits = words.slice(from, from + WINDOW).filter((word) => word.hit).length
    if (hits > bestHits) [best, bestHits] = [from, hits]
  }
  const first = Math.max(0, best - 3)
  const last = Math.min(words.length, first + WINDOW) - 1
  const parts: SnippetPart[] = []
  const push = (piece: string, hit: boolean) => {
    if (piece === '') return
    const previous = parts[parts.length - 1]
    if (previous && previous.hit === hit) previous.text += piece
    else parts.push({ text: piece, hit })
  }
  if (first > 0) push('…', false)
  let cursor = words[first]?.start ?? 0
  for (let index = first; index <= last; index++) {
    const word = words[index]
    if (!word) continue
    push(text.slice(cursor, word.start), false)
    push(text.slice(word.start, word.end), word.hit)
    cursor = word.end
  }
  push(
    last < words.length - 1
      ? `${text.slice(cursor, words[last + 1]?.start ?? cursor).trimEnd()} …`
      : text.slice(cursor),
    false,
  )
  return parts
}
