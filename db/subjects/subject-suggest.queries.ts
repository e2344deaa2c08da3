import type { SubjectSummary, SubjectValues, suggestionReasons } from '../../shared/contract/subject.contract'
import { nameKey } from '../../shared/domain/subject'
import type { Db } from '../kernel/schema/database'
import { subjectColumns, type SubjectRow, toSubjectSummary } from './subject-rows'

type Reason = (typeof suggestionReasons)[number]
interface Suggestion {
  subject: SubjectSummary
  reason: Reason
  caseCount: number
}

const LIMIT = 10
const strength: Record<Reason, number> = { kvk: 0, 'naam-en-geboortedatum': 0, omschrijving: 1, naam: 2 }

/**
 * Who the user probably means before a duplicate is made: the same KvK
 * number; the same name and date of birth (the name alone when either date is
 * unknown); for an object the same kind and description. Names compare
 * without case, accents or punctuation.
 */
export async function suggestSubjects(
  db: Db,
  values: SubjectValues,
  excludeId: string | null,
): Promise<{ matches: Suggestion[] }> {
  const key = nameKey(values.kind === 'object' ? values.description : values.name)
  let query = db
    .selectFrom('subject as s')
    .select(subjectColumns.map((column) => `s.${column}` as const))
    .select((eb) =>
      eb
        .selectFrom('involvement as i')
        .select((inner) => inner.fn.count<number>('i.case_id').distinct().as('n'))
        .whereRef('i.subject_id', '=', 's.id')
        .as('case_count'),
    )
    .where('s.kind', '=', values.kind)
    .limit(LIMIT * 2)
  if (excludeId) query = query.where('s.id', '!=', excludeId)
  switch (values.kind) {
    case 'persoon': {
      const birthDate = values.birthDate
      query = query.where('s.name_key', '=', key)
      if (birthDate)
        query = query.where((eb) => eb.or([eb('s.birth_date', '=', birthDate), eb('s.birth_date', 'is', null)]))
      break
    }
    case 'rechtspersoon': {
      const kvk = values.kvk
      query = kvk
        ? query.where((eb) =>
            eb.or([eb('s.kvk', '=', kvk), eb.and([eb('s.name_key', '=', key), eb('s.kvk', 'is', null)])]),
          )
        : query.where('s.name_key', '=', key)
      break
    }
    case 'object':
      query = query.where('s.name_key', '=', key).where('s.object_kind', '=', values.objectKind)
      break
  }
  const rows = await query.execute()
  const matches = rows.map((row) => ({
    subject: toSubjectSummary(row),
    reason: reasonFor(values, row),
    caseCount: Number(row.case_count ?? 0),
  }))
  matches.sort((a, b) => strength[a.reason] - strength[b.reason] || b.caseCount - a.caseCount)
  return { matches: matches.slice(0, LIMIT) }
}

function reasonFor(values: SubjectValues, row: Pick<SubjectRow, 'kvk' | 'birth_date'>): Reason {
  switch (values.kind) {
    case 'persoon':
      return values.birthDate !== null && row.birth_date === values.birthDate ? 'naam-en-geboortedatum' : 'naam'
    case 'rechtspersoon':
      return values.kvk !== null && row.kvk === values.kvk ? 'kvk' : 'naam'
    case 'object':
      return 'omschrijving'
  }
}
