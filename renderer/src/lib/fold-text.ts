import { foldExtra } from '../../../shared/domain/search'

const WORD = /[\p{L}\p{N}]+/gu

/** The same folding as the search index: no case, no accents ("Öztürk" ~ "ozturk"). */
export function foldWord(word: string): string {
  return foldExtra(word).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

export interface TextPart {
  text: string
  hit: boolean
}

/**
 * Splits a text into parts, marking each word that starts with one of the
 * typed terms, the way the search index matched it. The result is plain text
 * to render as React nodes; nothing is ever parsed as markup.
 */
export function markTerms(text: string, query: string): TextPart[] {
  const terms = [...foldWord(query).matchAll(WORD)].map((match) => match[0])
  if (terms.length === 0) return [{ text, hit: false }]
  const parts: TextPart[] = []
  const push = (piece: string, hit: boolean) => {
    if (piece === '') return
    const last = parts[parts.length - 1]
    if (last && last.hit === hit) last.text += piece
    else parts.push({ text: piece, hit })
  }
  let cursor = 0
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0])
    if (!terms.some((term) => folded.startsWith(term))) continue
    push(text.slice(cursor, match.index), false)
    push(match[0], true)
    cursor = match.index + match[0].length
  }
  push(text.slice(cursor), false)
  return parts
}
