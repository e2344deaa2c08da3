import { describe, expect, it } from 'vitest'
import { KVK_MESSAGE } from '../../../../shared/domain/subject'
import { blankSubject } from '../../../../renderer/src/subjects/subject-draft'
import {
  type DecisionDraft,
  draftForItem,
  newSubjectSlots,
  startedNewSubjects,
  valuesFor,
} from '../../../../renderer/src/meetings/decisions/decision-draft'
import { call, caseInPhase } from '../../../support/meeting-fixtures'
import { useMeetingVault } from '../../../support/shared-vault'

/**
 * "Bedoelt u …?" in the decision form: a new subject the secretary swapped
 * for an existing look-alike is sent as that subject, in the entry's own
 * place, so the vault links it instead of making a duplicate.
 */
const setup = useMeetingVault()

async function subjectDraft(alias: string): Promise<{ caseId: string; itemId: string; draft: DecisionDraft }> {
  const { caseId, itemId } = await caseInPhase(
    setup.made.dispatch,
    setup.ref,
    setup.meetingId,
    setup.parentId,
    'gestart',
    alias,
  )
  const item = (await call(setup.made.dispatch, 'meeting:get', { id: setup.meetingId })).items.find(
    (candidate) => candidate.id === itemId,
  )
  if (!item) throw new Error('item missing')
  return { caseId, itemId, draft: { ...draftForItem(item, ''), type: 'subject-toevoegen' } }
}

const person = {
  key: 2001,
  draft: { ...blankSubject, kind: 'persoon' as const, name: 'Jan de Vries', birthDate: '1980-04-01' },
}
const entity = {
  key: 2002,
  draft: { ...blankSubject, kind: 'rechtspersoon' as const, name: 'Haven Holding B.V.', kvk: '12 34' },
}
const untouched = { key: 2003, draft: blankSubject }

describe('new subjects swapped for existing look-alikes', () => {
  it('records the chosen existing subject, no duplicate, and keeps the other entries’ slots for their field errors', async () => {
    const existing = await call(setup.made.dispatch, 'subject:create', {
      values: { kind: 'persoon', name: 'Jan de Vries', birthDate: '1980-04-01' },
    })
    const suggested = await call(setup.made.dispatch, 'subject:suggest', {
      values: { kind: 'persoon', name: 'Jan de Vries', birthDate: '1980-04-01' },
      excludeId: null,
    })
    expect(suggested.matches.map((match) => [match.subject.id, match.reason])).toEqual([
      [existing.id, 'naam-en-geboortedatum'],
    ])

    const { caseId, itemId, draft: base } = await subjectDraft('Gelijkende Kade')
    const draft: DecisionDraft = { ...base, newSubjects: [untouched, person, entity] }
    expect(startedNewSubjects(draft).map((entry) => entry.key)).toEqual([person.key, entity.key])
    const linked = new Map([[person.key, existing.id]])
    expect(valuesFor(draft, linked)).toMatchObject({
      subjects: [
        { kind: 'bestaand', id: existing.id },
        { kind: 'rechtspersoon', name: 'Haven Holding B.V.' },
      ],
    })

    // The entity's bad KvK number still lands at its own entry.
    const slots = newSubjectSlots(draft)
    const failure = await setup.made.dispatch('decision:record', {
      agendaItemId: itemId,
      values: valuesFor(draft, linked),
    })
    expect(failure).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { [`subjects.${String(slots.get(entity.key))}.kvk`]: KVK_MESSAGE } },
    })

    const fixed = { ...draft, newSubjects: [person, { ...entity, draft: { ...entity.draft, kvk: '27123456' } }] }
    const recorded = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: valuesFor(fixed, linked),
    })
    const byTitle = [...recorded.effect.subjects].sort((a, b) => a.title.localeCompare(b.title))
    expect(byTitle.map((subject) => [subject.subjectId === existing.id, subject.title, subject.change])).toEqual([
      [false, 'Haven Holding B.V.', 'toegevoegd'],
      [true, 'Jan de Vries', 'toegevoegd'],
    ])
    const after = await call(setup.made.dispatch, 'subject:suggest', {
      values: { kind: 'persoon', name: 'Jan de Vries', birthDate: '1980-04-01' },
      excludeId: null,
    })
    expect(after.matches.map((match) => [match.subject.id, match.caseCount])).toEqual([[existing.id, 1]])
    expect(
      (await call(setup.made.dispatch, 'case:get', { id: caseId })).subjects.map((row) => row.subject.id),
    ).toContain(existing.id)
  })

  it('without a choice, every started entry goes as new: the form only swaps what the secretary chose', async () => {
    const { draft: base } = await subjectDraft('Nieuwe Kade')
    const draft: DecisionDraft = { ...base, newSubjects: [person] }
    expect(valuesFor(draft)).toMatchObject({
      subjects: [{ kind: 'persoon', name: 'Jan de Vries', birthDate: '1980-04-01' }],
    })
  })
})
