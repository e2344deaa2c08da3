import type { Input } from '../../../shared/contract/index'
import { type ObjectKind, objectKindLabels, type SubjectKind } from '../../../shared/domain/subject'

export type NewSubjectValues = Input<'subject:suggest'>['values']

export interface SubjectDraft {
  kind: SubjectKind
  name: string
  birthDate: string
  kvk: string
  objectKind: string
  description: string
}

export const blankSubject: SubjectDraft = {
  kind: 'persoon',
  name: '',
  birthDate: '',
  kvk: '',
  objectKind: '',
  description: '',
}

/** Only the chosen kind's fields go to the vault; empty optional facts are null ("unknown"). */
export function subjectValues(draft: SubjectDraft): NewSubjectValues {
  switch (draft.kind) {
    case 'persoon':
      return { kind: 'persoon', name: draft.name, birthDate: draft.birthDate || null }
    case 'rechtspersoon':
      return { kind: 'rechtspersoon', name: draft.name, kvk: draft.kvk.trim() || null }
    case 'object':
      // An empty choice goes as it is, so the vault's Dutch message says what to pick.
      return { kind: 'object', objectKind: draft.objectKind as ObjectKind, description: draft.description }
  }
}

export function draftTitle(draft: SubjectDraft): string {
  return (draft.kind === 'object' ? draft.description : draft.name).trim()
}

/** "persoon", "rechtspersoon", "object": for sentences about the draft. */
export const subjectNoun: Record<SubjectKind, string> = {
  persoon: 'persoon',
  rechtspersoon: 'rechtspersoon',
  object: 'object',
}

export const objectKindOptions = Object.entries(objectKindLabels).map(([value, label]) => ({ value, label }))
