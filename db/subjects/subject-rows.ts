import type { Selectable } from 'kysely'
import type { Involvement, SubjectSummary, SubjectValues } from '../../shared/contract/subject.contract'
import { nameKey } from '../../shared/domain/subject'
import type { InvolvementTable, SubjectTable } from '../kernel/schema/subject.table'

export type SubjectRow = Selectable<SubjectTable>

export const subjectColumns = ['id', 'kind', 'name', 'birth_date', 'kvk', 'object_kind', 'description'] as const

export function toSubjectSummary(row: Pick<SubjectRow, (typeof subjectColumns)[number]>): SubjectSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.name ?? row.description ?? '',
    name: row.name,
    birthDate: row.birth_date,
    kvk: row.kvk,
    objectKind: row.object_kind,
    description: row.description,
  }
}

/** Column values for the kind's own fields; the other kinds' columns are null (the CHECK demands it). */
export function subjectColumnsOf(values: SubjectValues) {
  switch (values.kind) {
    case 'persoon':
      return {
        kind: values.kind,
        name: values.name,
        name_key: nameKey(values.name),
        birth_date: values.birthDate,
        kvk: null,
        object_kind: null,
        description: null,
      }
    case 'rechtspersoon':
      return {
        kind: values.kind,
        name: values.name,
        name_key: nameKey(values.name),
        birth_date: null,
        kvk: values.kvk,
        object_kind: null,
        description: null,
      }
    case 'object':
      return {
        kind: values.kind,
        name: null,
        name_key: nameKey(values.description),
        birth_date: null,
        kvk: null,
        object_kind: values.objectKind,
        description: values.description,
      }
  }
}

export function toInvolvement(row: Selectable<InvolvementTable>): Involvement {
  return {
    id: row.id,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    openedByDecisionId: row.opened_by_decision_id,
    closedByDecisionId: row.closed_by_decision_id,
    pendingDecision: row.opened_by_decision_id === null && row.closed_on === null,
  }
}
