import type { ObjectKind, SubjectKind } from '../../../shared/domain/subject'

/** Persons, legal entities and objects in one table; a CHECK keeps each kind's columns apart. */
export interface SubjectTable {
  id: string
  kind: SubjectKind
  name: string | null
  /** nameKey() of the name, or of the description for an object. */
  name_key: string
  birth_date: string | null
  kvk: string | null
  object_kind: ObjectKind | null
  description: string | null
  created_at: string
  updated_at: string
}

/**
 * One period of a subject's part in a case. Decisions open and close it; an
 * open row without `opened_by_decision_id` is a proposal awaiting one.
 */
export interface InvolvementTable {
  id: string
  case_id: string
  subject_id: string
  opened_on: string
  closed_on: string | null
  opened_by_decision_id: string | null
  closed_by_decision_id: string | null
  created_at: string
}
