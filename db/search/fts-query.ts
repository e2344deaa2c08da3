import { foldExtra, SEARCH_MAX_TERMS } from '../../shared/domain/search'

/**
 * Turns what the user typed into FTS5 terms that cannot be misread as FTS
 * syntax: every term becomes a quoted phrase with a prefix star, and all terms
 * must match. "D-2025-01" stays one phrase, so codes are found while typing.
 * Returns null when nothing searchable remains (only punctuation).
 */
export function toFtsTerms(text: string): string | null {
  const terms = foldExtra(text)
    .split(/\s+/u)
    .map((term) => term.replaceAll('"', ''))
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, SEARCH_MAX_TERMS)
  if (terms.length === 0) return null
  return terms.map((term) => `"${term}"*`).join(' ')
}

/**
 * A MATCH expression for one kind of record. The user's terms are confined to
 * the text columns, so typing "case" never matches the kind column itself.
 */
export function ftsMatch(kind: string, terms: string, columns: 'title' | 'all'): string {
  const columnSet = columns === 'title' ? 'title' : '{title body}'
  return `kind : "${kind}" AND ${columnSet} : (${terms})`
}

/** The same terms in the text columns of every kind: one pass over the index for all kinds at once. */
export function ftsMatchAnyKind(terms: string): string {
  return `{title body} : (${terms})`
}
