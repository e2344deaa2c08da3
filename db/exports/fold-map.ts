import { foldExtra } from '../../shared/domain/search'

/**
 * Text folded the way nameKey() folds names (case, accents, dots and
 * punctuation do not count), with for every folded character the span of the
 * original character it came from: a name found in the folded text can then
 * be cut out of the original exactly.
 */
export interface FoldedText {
  folded: string
  /** start[i], end[i]: the original character that folded character i came from. */
  start: number[]
  end: number[]
}

const DROPPED = /^[.'’`]$/u
const WORD = /[\p{L}\p{N}]/u

export function foldWithMap(text: string): FoldedText {
  let folded = ''
  const start: number[] = []
  const end: number[] = []
  let index = 0
  for (const char of text) {
    if (!DROPPED.test(char)) {
      for (const part of foldExtra(char).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) {
        const next = WORD.test(part) ? part : ' '
        if (next === ' ' && (folded === '' || folded.endsWith(' '))) continue
        folded += next
        start.push(index)
        end.push(index + char.length)
      }
    }
    index += char.length
  }
  return { folded, start, end }
}

/** Spans [start, end) of the original text where `key` (a nameKey) occurs as whole words. */
export function findKey(text: FoldedText, key: string): [number, number][] {
  const spans: [number, number][] = []
  if (key === '') return spans
  for (let at = text.folded.indexOf(key); at >= 0; at = text.folded.indexOf(key, at + 1)) {
    const after = at + key.length
    const wholeWords =
      (at === 0 || text.folded[at - 1] === ' ') && (after === text.folded.length || text.folded[after] === ' ')
    if (wholeWords) spans.push([text.start[at] ?? 0, text.end[after - 1] ?? 0])
  }
  return spans
}
