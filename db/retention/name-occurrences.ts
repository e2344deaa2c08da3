import type { NameOccurrence } from '../../shared/contract/retention.contract'

/** A free-text field of a case's records that a purge may scrub: its table, column and row. */
export interface FreeTextField {
  table: ScrubbableTable
  column: string
  id: string
  /** Dutch, for the review step: "Besluit OMT-D 2025-031, tekst". */
  place: string
  text: string
}

export type ScrubbableTable =
  | 'omt_case'
  | 'case_summary'
  | 'decision'
  | 'decision_correction'
  | 'agenda_item'
  | 'action_item'
  | 'intervention'
  | 'erratum'

export const REPLACEMENT = '[naam verwijderd]'
const CONTEXT = 40

export interface LocatedOccurrence extends NameOccurrence {
  field: FreeTextField
  start: number
  length: number
}

/**
 * Every place a name occurs in the fields, case-insensitively. Longer names
 * are matched first and an overlap keeps the first match, so "Jan Jansen"
 * is one occurrence, not also "Jan". The key names the field and position,
 * so a purge replaces exactly what the user confirmed.
 */
export function findNameOccurrences(fields: readonly FreeTextField[], names: readonly string[]): LocatedOccurrence[] {
  const wanted = [...new Set(names.map((name) => name.trim()).filter((name) => name.length >= 2))].sort(
    (a, b) => b.length - a.length,
  )
  const found: LocatedOccurrence[] = []
  for (const field of fields) {
    const taken: [number, number][] = []
    const inField: LocatedOccurrence[] = []
    for (const name of wanted) {
      // On the text itself, so positions stay right (lower-casing can change a text's length: 'İ'),
      // and as a whole word: "Smit" is not in "Smitshoek".
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu')
      for (const match of field.text.matchAll(pattern)) {
        const at = match.index
        const end = at + match[0].length
        if (taken.some(([from, to]) => at < to && end > from)) continue
        taken.push([at, end])
        inField.push({
          key: `${field.table}.${field.column}.${field.id}.${String(at)}.${String(end - at)}`,
          place: field.place,
          name,
          before: field.text.slice(Math.max(0, at - CONTEXT), at),
          match: match[0],
          after: field.text.slice(end, end + CONTEXT),
          cutBefore: at > CONTEXT,
          cutAfter: end + CONTEXT < field.text.length,
          field,
          start: at,
          length: end - at,
        })
      }
    }
    found.push(...inField.sort((a, b) => a.start - b.start))
  }
  return found
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** The field's text with the chosen occurrences replaced, last first so earlier positions stay right. */
export function replaceOccurrences(text: string, occurrences: readonly LocatedOccurrence[]): string {
  let result = text
  for (const occurrence of [...occurrences].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, occurrence.start) + REPLACEMENT + result.slice(occurrence.start + occurrence.length)
  }
  return result
}
