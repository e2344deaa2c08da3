/**
 * What the one search field finds, in the order the groups are shown. The
 * next kinds (agenda items, decisions, action items) are added here and get a
 * resolver in db/search; the index itself needs no change.
 */
export const searchKinds = ['case', 'subject', 'intervention', 'agenda-item', 'decision', 'action-item'] as const
export type SearchKind = (typeof searchKinds)[number]

export const searchKindLabels: Record<SearchKind, string> = {
  case: 'Casussen',
  subject: 'Subjecten/objecten',
  intervention: 'Interventies',
  'agenda-item': 'Agendapunten',
  decision: 'Besluiten',
  'action-item': 'Actiepunten',
}

export const SEARCH_MAX_TERMS = 12

/**
 * Letters the index's tokenizer does not strip to a base letter (they have no
 * Unicode decomposition): without this, "Yilmaz" would never find "Yılmaz".
 * The migration folds indexed text the same way; keep the two lists equal.
 */
export const EXTRA_FOLDS: readonly (readonly [string, string])[] = [
  ['ı', 'i'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['ø', 'o'],
  ['Ø', 'O'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['Æ', 'AE'],
  ['œ', 'oe'],
  ['Œ', 'OE'],
]

export function foldExtra(text: string): string {
  let folded = text
  for (const [from, to] of EXTRA_FOLDS) folded = folded.replaceAll(from, to)
  return folded
}
