import { describe, expect, test } from 'vitest'
import type { AgendaItem } from '../../../shared/contract/agenda.contract'
import {
  type DecisionDraft,
  draftForItem,
  newSubjectEntry,
  newSubjectSlots,
  startedNewSubjects,
  valuesFor,
} from '../../../renderer/src/meetings/decisions/decision-draft'
import { blankSubject } from '../../../renderer/src/subjects/subject-draft'

/** Only the fields the draft reads; the rest of an agenda item plays no part. */
const itemWith = (phaseCode: string | null) =>
  ({
    case:
      phaseCode === null
        ? null
        : { id: 'case-1', code: 'D-2026-001', alias: 'Loods', phase: { code: phaseCode, name: phaseCode } },
  }) as unknown as AgendaItem

const persoon = (name: string) => ({ ...newSubjectEntry(), draft: { ...blankSubject, name } })
const started = persoon('Jan Jansen')
const untouched = newSubjectEntry()
const also = { ...newSubjectEntry(), draft: { ...blankSubject, kind: 'rechtspersoon' as const, kvk: '12345678' } }

const toevoegen = (changes: Partial<DecisionDraft> = {}): DecisionDraft => ({
  ...draftForItem(itemWith('uitvoering'), ''),
  type: 'subject-toevoegen',
  subjectIds: ['existing-1', 'existing-2'],
  newSubjects: [started, untouched, also],
  ...changes,
})

describe('draftForItem', () => {
  test('opens on the type the case phase asks for', () => {
    expect(draftForItem(itemWith('analyse'), '').type).toBe('start-casus')
    expect(draftForItem(itemWith('signaal'), '').type).toBe('start-analyse')
    expect(draftForItem(itemWith(null), '').type).toBe('overig')
  })

  test('takes the item case and the pending reference, with one empty new subject', () => {
    const draft = draftForItem(itemWith('signaal'), 'decision-9')
    expect(draft).toMatchObject({ caseId: 'case-1', refersToDecisionId: 'decision-9', subjectIds: [] })
    expect(draft.newSubjects).toHaveLength(1)
    expect(startedNewSubjects({ ...draft, type: 'subject-toevoegen' })).toEqual([])
  })
})

describe('new subjects', () => {
  test('only entries the user started are sent, and only by subject-toevoegen', () => {
    expect(startedNewSubjects(toevoegen()).map((entry) => entry.key)).toEqual([started.key, also.key])
    expect(startedNewSubjects(toevoegen({ type: 'subject-verwijderen' }))).toEqual([])
  })

  test('each started entry lands after the existing subjects, so field errors find their entry', () => {
    expect([...newSubjectSlots(toevoegen()).entries()]).toEqual([
      [started.key, 2],
      [also.key, 3],
    ])
  })
})

describe('valuesFor', () => {
  test('sends the fields of the type only', () => {
    expect(
      valuesFor({ ...toevoegen(), type: 'afsluiten', reason: 'Doel bereikt', closingReason: 'doelen-bereikt' }),
    ).toEqual({
      type: 'afsluiten',
      caseId: 'case-1',
      reason: 'Doel bereikt',
      closingReason: 'doelen-bereikt',
      text: '',
      refersToDecisionId: null,
    })
    // Only "afsluiten" sends a closing reason, even when one is left in the draft from an earlier choice.
    expect(valuesFor({ ...toevoegen(), type: 'niet-starten', reason: 'Geen grond', closingReason: 'overig' })).toEqual({
      type: 'niet-starten',
      caseId: 'case-1',
      reason: 'Geen grond',
      text: '',
      refersToDecisionId: null,
    })
  })

  test('subject-toevoegen: existing ones, then new ones; a linked look-alike takes its entry place', () => {
    const values = valuesFor(toevoegen(), new Map([[also.key, 'existing-9']]))
    expect(values).toEqual({
      type: 'subject-toevoegen',
      caseId: 'case-1',
      subjects: [
        { kind: 'bestaand', id: 'existing-1' },
        { kind: 'bestaand', id: 'existing-2' },
        { kind: 'persoon', name: 'Jan Jansen', birthDate: null },
        { kind: 'bestaand', id: 'existing-9' },
      ],
      text: '',
      refersToDecisionId: null,
    })
  })

  test('overig without a case sends null, not an empty id', () => {
    expect(valuesFor({ ...toevoegen(), type: 'overig', caseId: '' })).toMatchObject({ type: 'overig', caseId: null })
  })
})
