import type { SubjectSummary } from '../../../shared/contract/subject.contract'
import { objectKindLabels, subjectKindLabels } from '../../../shared/domain/subject'
import { shortDate } from '../lib/dates'

/** "Natuurlijk persoon", or for an object its own kind ("Voertuig"). */
export function subjectKindText(subject: SubjectSummary): string {
  return subject.objectKind ? objectKindLabels[subject.objectKind] : subjectKindLabels[subject.kind]
}

/** The one identifying fact beside the name: date of birth or KvK number. */
export function subjectIdText(subject: SubjectSummary): string {
  if (subject.kind === 'persoon')
    return subject.birthDate ? `Geboren ${shortDate(subject.birthDate)}` : 'Geboortedatum onbekend'
  if (subject.kind === 'rechtspersoon') return subject.kvk ? `KvK ${subject.kvk}` : 'Geen KvK-nummer'
  return ''
}
