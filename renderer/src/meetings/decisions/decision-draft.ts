import type { AgendaItem } from '../../../../shared/contract/agenda.contract'
import type { Decision } from '../../../../shared/contract/decision.contract'
import type { Input } from '../../../../shared/contract/index'
import type { CaseKind } from '../../../../shared/domain/case'
import type { ClosingReason } from '../../../../shared/domain/closing-reason'
import { defaultDecisionText } from '../../../../shared/domain/decision-text'
import type { DecisionType } from '../../../../shared/domain/decision-types'
import { blankSubject, type SubjectDraft, subjectValues } from '../../subjects/subject-draft'

export type DecisionValuesInput = Input<'decision:record'>['values']

/** One new subject typed in the form; `key` keeps React's identity while entries come and go. */
export interface NewSubjectEntry {
  key: number
  draft: SubjectDraft
}

export interface DecisionDraft {
  type: DecisionType
  caseId: string
  caseKind: CaseKind
  reason: string
  /** Only for "afsluiten"; empty until chosen, so the vault asks for it. */
  closingReason: ClosingReason | ''
  text: string
  /** Existing subjects: to add (subject-toevoegen) or to remove (subject-verwijderen). */
  subjectIds: string[]
  newSubjects: NewSubjectEntry[]
  retentionUntil: string
  refersToDecisionId: string
}

let nextKey = 1
export const newSubjectEntry = (): NewSubjectEntry => ({ key: nextKey++, draft: blankSubject })

/** The type a case's phase most likely asks for, so the form opens on it. */
export function draftForItem(item: AgendaItem, refersToDecisionId: string): DecisionDraft {
  return {
    type: item.case?.phase.code === 'analyse' ? 'start-casus' : item.case ? 'start-analyse' : 'overig',
    caseId: item.case?.id ?? '',
    caseKind: 'lokaal',
    reason: '',
    closingReason: '',
    text: '',
    subjectIds: [],
    newSubjects: [newSubjectEntry()],
    retentionUntil: '',
    refersToDecisionId,
  }
}

/** Whether the decision's text is the vault's standard sentence, i.e. the secretary typed none. */
function hasStandardText(decision: Decision): boolean {
  const standard = defaultDecisionText(decision.type, {
    caseLabel: decision.case ? `${decision.case.code} (${decision.case.alias})` : null,
    caseKind: decision.effect.caseKind?.to ?? null,
    reason: decision.reason,
    subjectCount: decision.effect.subjects.length,
    retentionUntil: decision.effect.retention?.to ?? null,
    minutesOf: decision.effect.minutes?.meetingDate ?? null,
  })
  return standard !== '' && decision.text === standard
}

/**
 * A recorded decision as a draft, for its correction: the subjects it touched
 * are now existing ones, and a standard sentence is left out so the vault
 * writes the one that fits the corrected facts.
 */
export function draftFromDecision(decision: Decision): DecisionDraft {
  const touched = decision.effect.subjects.filter((subject) =>
    decision.type === 'subject-verwijderen' ? subject.change === 'verwijderd' : subject.change !== 'verwijderd',
  )
  return {
    type: decision.type,
    caseId: decision.case?.id ?? '',
    caseKind: decision.effect.caseKind?.to ?? 'lokaal',
    reason: decision.reason ?? '',
    closingReason: decision.closingReason ?? '',
    text: hasStandardText(decision) ? '' : decision.text,
    subjectIds: touched.map((subject) => subject.subjectId),
    newSubjects: [newSubjectEntry()],
    retentionUntil: decision.effect.retention?.to ?? '',
    refersToDecisionId: decision.refersTo?.id ?? '',
  }
}

/** An entry the user started on: any field of its kind filled. An untouched one is not sent. */
function isStarted({ draft }: NewSubjectEntry): boolean {
  switch (draft.kind) {
    case 'persoon':
      return Boolean(draft.name.trim() || draft.birthDate)
    case 'rechtspersoon':
      return Boolean(draft.name.trim() || draft.kvk.trim())
    case 'object':
      return Boolean(draft.objectKind || draft.description.trim())
  }
}

/** The new subjects a submit would send: only a "subject toevoegen" decision takes them, and only entries the user started. */
export function startedNewSubjects(draft: DecisionDraft): NewSubjectEntry[] {
  return draft.type === 'subject-toevoegen' ? draft.newSubjects.filter(isStarted) : []
}

/**
 * Where each started new subject lands in the `subjects` list the vault
 * receives (after the existing ones), so its field errors ("subjects.2.kvk")
 * find their way back to the entry's fields.
 */
export function newSubjectSlots(draft: DecisionDraft): Map<number, number> {
  const slots = new Map<number, number>()
  const existing = draft.type === 'subject-toevoegen' ? draft.subjectIds.length : 0
  for (const entry of startedNewSubjects(draft)) slots.set(entry.key, existing + slots.size)
  return slots
}

/**
 * The fields a type needs; the vault checks the rest and answers in Dutch.
 * `linked` holds, per new entry's key, the existing subject the secretary
 * chose instead ("Bedoelt u …?"); it takes the entry's place, so the slots of
 * the other entries stay where their field errors expect them.
 */
export function valuesFor(draft: DecisionDraft, linked: ReadonlyMap<number, string> = new Map()): DecisionValuesInput {
  const common = { text: draft.text, refersToDecisionId: draft.refersToDecisionId || null }
  const caseId = draft.caseId
  switch (draft.type) {
    case 'start-analyse':
    case 'plan-van-aanpak':
    case 'evaluatie':
      return { type: draft.type, caseId, ...common }
    case 'start-casus':
      return { type: 'start-casus', caseId, caseKind: draft.caseKind, ...common }
    case 'afsluiten':
      // An empty choice goes to the vault as it is, so its Dutch message says what to choose.
      return {
        type: 'afsluiten',
        caseId,
        reason: draft.reason,
        closingReason: draft.closingReason as ClosingReason,
        ...common,
      }
    case 'niet-starten':
    case 'aanhouden':
    case 'escaleren':
    case 'hervatten':
      return { type: draft.type, caseId, reason: draft.reason, ...common }
    case 'subject-toevoegen': {
      const existing = draft.subjectIds.map((id) => ({ kind: 'bestaand' as const, id }))
      const added = startedNewSubjects(draft).map((entry) => {
        const id = linked.get(entry.key)
        return id ? { kind: 'bestaand' as const, id } : subjectValues(entry.draft)
      })
      return { type: 'subject-toevoegen', caseId, subjects: [...existing, ...added], ...common }
    }
    case 'subject-verwijderen':
      return { type: 'subject-verwijderen', caseId, subjectIds: draft.subjectIds, ...common }
    case 'bewaartermijn-verlengen':
      return {
        type: 'bewaartermijn-verlengen',
        caseId,
        retentionUntil: draft.retentionUntil,
        reason: draft.reason,
        ...common,
      }
    case 'verslag-vastgesteld':
      return { type: 'verslag-vastgesteld', meetingId: null, ...common }
    case 'overig':
      return { type: 'overig', caseId: caseId || null, ...common }
  }
}
