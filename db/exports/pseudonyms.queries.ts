import type { Db } from '../kernel/schema/database'
import { findKey, foldWithMap } from './fold-map'

/** A name that short would match ordinary words; no register holds one. */
const MIN_KEY_LENGTH = 3
export const UNKNOWN_NAME = '[naam weggelaten]'
const KVK = /\b\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}\b/gu

function letters(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26))
  return index < 26 ? letter : `${letters(Math.floor(index / 26) - 1)}${letter}`
}

interface Known {
  subjectId: string
  /** nameKey of the name, or of the description for an object. */
  key: string
  kvk: string | null
  /** "B.V.": a name ending in a dot takes the dot along, which folding drops. */
  endsWithDot: boolean
}

/**
 * Subjects and objects become "subject A", "object B", lettered per case in
 * the order they joined it, so the same person keeps one letter throughout a
 * document. Free text is searched for every name and object description in
 * the register (folded like nameKey), and for KvK numbers, so a name typed
 * into a decision text does not slip through either.
 */
export class Pseudonyms {
  private constructor(
    private readonly byCase: Map<string, Map<string, string>>,
    private readonly known: Known[],
    private readonly caseOfSubject: Map<string, string[]>,
  ) {}

  static async load(db: Db, caseIds: readonly string[]): Promise<Pseudonyms> {
    const byCase = new Map<string, Map<string, string>>()
    const caseOfSubject = new Map<string, string[]>()
    if (caseIds.length > 0) {
      const rows = await db
        .selectFrom('involvement as i')
        .innerJoin('subject as s', 's.id', 'i.subject_id')
        .select(['i.case_id', 's.id', 's.kind', 's.name_key'])
        .where('i.case_id', 'in', [...new Set(caseIds)])
        .orderBy('i.case_id')
        .orderBy('i.opened_on')
        .orderBy('i.created_at')
        // Subjects added by one decision share a moment; the name keeps their letters stable.
        .orderBy('s.name_key')
        .execute()
      for (const row of rows) {
        const labels = byCase.get(row.case_id) ?? new Map<string, string>()
        byCase.set(row.case_id, labels)
        if (labels.has(row.id)) continue
        const kind = row.kind === 'object' ? 'object' : 'subject'
        const count = [...labels.values()].filter((label) => label.startsWith(kind)).length
        labels.set(row.id, `${kind} ${letters(count)}`)
        caseOfSubject.set(row.id, [...(caseOfSubject.get(row.id) ?? []), row.case_id])
      }
    }
    const subjects = await db.selectFrom('subject').select(['id', 'name', 'description', 'name_key', 'kvk']).execute()
    const known = subjects
      .filter((subject) => subject.name_key.length >= MIN_KEY_LENGTH || subject.kvk)
      .map((subject) => ({
        subjectId: subject.id,
        key: subject.name_key,
        kvk: subject.kvk,
        endsWithDot: (subject.name ?? subject.description ?? '').trimEnd().endsWith('.'),
      }))
      // Longest first: "Jan de Vries Holding BV" is replaced before "Jan de Vries".
      .sort((a, b) => b.key.length - a.key.length)
    return new Pseudonyms(byCase, known, caseOfSubject)
  }

  /** The subject's label within a case. */
  label(caseId: string | null, subjectId: string, kind: string): string {
    const label = caseId ? this.byCase.get(caseId)?.get(subjectId) : undefined
    return label ?? (kind === 'object' ? 'een object' : 'een subject')
  }

  /** The text with every registered name, object description and KvK number replaced. */
  scrub(text: string, caseId: string | null): string {
    let result = text
    const folded = foldWithMap(result)
    const spans: { start: number; end: number; label: string }[] = []
    for (const subject of this.known) {
      if (subject.key.length < MIN_KEY_LENGTH || !folded.folded.includes(subject.key)) continue
      const cases = this.caseOfSubject.get(subject.subjectId) ?? []
      const own = caseId && cases.includes(caseId) ? this.byCase.get(caseId)?.get(subject.subjectId) : undefined
      for (const [start, found] of findKey(folded, subject.key)) {
        const end = subject.endsWithDot && result[found] === '.' ? found + 1 : found
        if (spans.some((span) => start < span.end && end > span.start)) continue
        spans.push({ start, end, label: own ?? UNKNOWN_NAME })
      }
    }
    for (const span of spans.sort((a, b) => b.start - a.start))
      result = `${result.slice(0, span.start)}${span.label}${result.slice(span.end)}`
    const kvks = new Set(this.known.flatMap((subject) => (subject.kvk ? [subject.kvk] : [])))
    return result.replace(KVK, (match) => (kvks.has(match.replace(/[ .]/gu, '')) ? '[KvK-nummer weggelaten]' : match))
  }
}
