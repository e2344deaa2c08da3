import { describe, expect, it } from 'vitest'
import { KVK_MESSAGE } from '../../../../shared/domain/subject'
import { blankSubject } from '../../../../renderer/src/subjects/subject-draft'
import {
  type DecisionDraft,
  draftFromDecision,
  draftForItem,
  newSubjectSlots,
  valuesFor,
} from '../../../../renderer/src/meetings/decisions/decision-draft'
import { call, caseInPhase, decisionInput } from '../../../support/meeting-fixtures'
import { useMeetingVault } from '../../../support/shared-vault'

/**
 * The decision form's drafts against the real vault: a recorded decision
 * opened for correction and saved unchanged changes nothing, and a field error
 * of a new subject names the entry the form put in that place.
 */
const setup = useMeetingVault()

describe('decision drafts of the form', () => {
  it('leaves out the standard sentence of a recorded decision, keeps a typed one, and an unchanged correction keeps the effect', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'analyse',
      'Concept Draft',
    )
    const started = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('start-casus', caseId, { caseKind: 'betekenisvol' }),
    })
    const draft = draftFromDecision(started)
    expect(draft).toMatchObject({ type: 'start-casus', caseId, caseKind: 'betekenisvol', text: '' })

    const corrected = await call(setup.made.dispatch, 'decision:correct', {
      id: started.id,
      values: valuesFor(draft),
      note: 'Alleen opnieuw opgeslagen.',
    })
    expect(corrected).toMatchObject({ text: started.text, effect: started.effect, correctionCount: 1 })

    const typed = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('plan-van-aanpak', caseId, {
        text: 'Het plan van aanpak is vastgesteld met twee aanvullingen.',
      }),
    })
    expect(draftFromDecision(typed).text).toBe('Het plan van aanpak is vastgesteld met twee aanvullingen.')
  })

  it('opens a subject decision with its subjects chosen, so saving it unchanged is a wording-only correction', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'gestart',
      'Subject Draft',
    )
    const added = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('subject-toevoegen', caseId, {
        subjects: [{ kind: 'object', objectKind: 'vaartuig', description: 'Motorjacht Zeemeeuw' }],
      }),
    })
    const draft = draftFromDecision(added)
    expect(draft.subjectIds).toEqual(added.effect.subjects.map((subject) => subject.subjectId))
    expect(draft.text).toBe('')
    const corrected = await call(setup.made.dispatch, 'decision:correct', {
      id: added.id,
      values: valuesFor(draft),
      note: 'Niets veranderd.',
    })
    expect(corrected.effect).toEqual(added.effect)
  })

  it('maps the vault field error of a new subject back to the entry that caused it', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'gestart',
      'Slot Draft',
    )
    const person = await call(setup.made.dispatch, 'case:link-subject', {
      caseId,
      openedOn: '2025-02-20',
      subject: { kind: 'persoon', name: 'Bestaande Persoon', birthDate: null },
    })
    const meeting = await call(setup.made.dispatch, 'meeting:get', { id: setup.meetingId })
    const item = meeting.items.find((candidate) => candidate.id === itemId)
    if (!item) throw new Error('item missing')
    const base = draftForItem(item, '')
    const [untouched, entity, vessel] = [1, 2, 3].map((key) => ({ key: 1000 + key, draft: blankSubject }))
    if (!untouched || !entity || !vessel) throw new Error('entries missing')
    const draft: DecisionDraft = {
      ...base,
      type: 'subject-toevoegen',
      subjectIds: [person.subjectId],
      newSubjects: [
        untouched,
        { ...entity, draft: { ...blankSubject, kind: 'rechtspersoon', name: 'Haven Holding B.V.', kvk: '12 34' } },
        {
          ...vessel,
          draft: { ...blankSubject, kind: 'object', objectKind: 'vaartuig', description: 'Sloep Noordster' },
        },
      ],
    }
    const slots = newSubjectSlots(draft)
    expect([...slots.entries()]).toEqual([
      [entity.key, 1],
      [vessel.key, 2],
    ])
    const failure = await setup.made.dispatch('decision:record', { agendaItemId: itemId, values: valuesFor(draft) })
    expect(failure).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { [`subjects.${String(slots.get(entity.key))}.kvk`]: KVK_MESSAGE } },
    })
    expect(
      (await call(setup.made.dispatch, 'case:get', { id: caseId })).subjects.map((row) => row.subject.title),
    ).toEqual(['Bestaande Persoon'])

    const fixed = {
      ...draft,
      newSubjects: draft.newSubjects.map((entry) =>
        entry.key === entity.key ? { ...entry, draft: { ...entry.draft, kvk: '27123456' } } : entry,
      ),
    }
    const recorded = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: valuesFor(fixed),
    })
    expect(recorded.effect.subjects.map((subject) => [subject.title, subject.change])).toEqual([
      ['Bestaande Persoon', 'bevestigd'],
      ['Haven Holding B.V.', 'toegevoegd'],
      ['Sloep Noordster', 'toegevoegd'],
    ])
  })
})
