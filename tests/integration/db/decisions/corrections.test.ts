import { describe, expect, it } from 'vitest'
import {
  call,
  caseInPhase,
  createMeeting,
  decisionInput,
  meetingSnapshot,
  refuse,
  section,
} from '../../../support/meeting-fixtures'
import { useMeetingVault } from '../../../support/shared-vault'

const setup = useMeetingVault()

describe('a decision is corrected only while its minutes are concept, and every correction is kept', () => {
  it('corrects the wording without touching the effect', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'signaal',
      'Woorden',
    )
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('start-analyse', caseId),
    })
    // A later decision built on it does not stand in the way of a wording fix.
    await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('start-casus', caseId),
    })
    const corrected = await call(setup.made.dispatch, 'decision:correct', {
      id: decision.id,
      values: decisionInput('start-analyse', caseId, {
        text: 'De OMT start een analyse; de politie levert het informatiebeeld.',
      }),
      note: 'Tekst aangevuld',
    })
    expect(corrected).toMatchObject({
      code: decision.code,
      text: 'De OMT start een analyse; de politie levert het informatiebeeld.',
      correctionCount: 1,
      effect: decision.effect,
    })
    const full = await call(setup.made.dispatch, 'decision:get', { id: decision.id })
    expect(full.corrections).toEqual([
      {
        seq: 1,
        kind: 'correctie',
        note: 'Tekst aangevuld',
        correctedAt: expect.any(String) as string,
        previous: {
          type: 'start-analyse',
          text: decision.text,
          reason: null,
          closingReason: null,
          caseCode: decision.case?.code,
          effect: decision.effect,
        },
      },
    ])
  })

  it('corrects the type: the old effect is undone and the new one applied under the same number', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'evaluatie',
      'Verkeerd Type',
    )
    const wrong = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('afsluiten', caseId),
    })
    expect((await call(setup.made.dispatch, 'case:get', { id: caseId })).phase.code).toBe('afgesloten')
    const right = await call(setup.made.dispatch, 'decision:correct', {
      id: wrong.id,
      values: decisionInput('plan-van-aanpak', caseId),
      note: 'Het plan is herzien, de casus loopt door.',
    })
    expect(right).toMatchObject({
      code: wrong.code,
      number: wrong.number,
      type: 'plan-van-aanpak',
      effect: { phase: { from: { code: 'evaluatie' }, to: { code: 'uitvoering' } } },
    })
    const page = await call(setup.made.dispatch, 'case:get', { id: caseId })
    expect(page.phase.code).toBe('uitvoering')
    expect(page.phaseHistory.map((p) => p.phase.code)).toEqual([
      'signaal',
      'analyse',
      'gestart',
      'uitvoering',
      'evaluatie',
      'uitvoering',
    ])
    expect(page.phaseHistory.at(-1)?.decisionId).toBe(wrong.id)
    const full = await call(setup.made.dispatch, 'decision:get', { id: wrong.id })
    expect(full.corrections.map((c) => [c.kind, c.previous.type, c.previous.effect.phase?.to.code])).toEqual([
      ['correctie', 'afsluiten', 'afgesloten'],
    ])
    // The coded closing reason went with the type; the kept version still says why it was closed.
    expect(right.closingReason).toBeNull()
    expect(full.corrections[0]?.previous.closingReason).toBe('geen-aanknopingspunten')
  })

  it('keeps the coded closing reason with its afsluiten decision: recorded, corrected, withdrawn', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'evaluatie',
      'Reden Van Afsluiten',
    )
    const closed = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('afsluiten', caseId, { closingReason: 'geen-capaciteit' }),
    })
    expect(closed.closingReason).toBe('geen-capaciteit')
    expect(await call(setup.made.dispatch, 'decision:get', { id: closed.id })).toMatchObject({
      closingReason: 'geen-capaciteit',
    })
    const stored = () =>
      setup.made.vault.db
        .selectFrom('decision')
        .select('closing_reason')
        .where('id', '=', closed.id)
        .executeTakeFirstOrThrow()
    // Another reason only: the effect stands, the reason changes, the previous one is kept.
    const corrected = await call(setup.made.dispatch, 'decision:correct', {
      id: closed.id,
      values: decisionInput('afsluiten', caseId, { closingReason: 'doelen-bereikt' }),
      note: 'De doelen waren bereikt.',
    })
    expect(corrected).toMatchObject({ closingReason: 'doelen-bereikt', effect: closed.effect })
    expect(await stored()).toEqual({ closing_reason: 'doelen-bereikt' })
    // Withdrawn: the case is open again and the report has no closure to count; the history keeps the reason.
    const withdrawn = await call(setup.made.dispatch, 'decision:withdraw', { id: closed.id, note: 'Niet besloten.' })
    expect(withdrawn).toMatchObject({ status: 'ingetrokken', closingReason: null, type: 'afsluiten' })
    expect(await stored()).toEqual({ closing_reason: null })
    expect((await call(setup.made.dispatch, 'case:get', { id: caseId })).phase.code).toBe('evaluatie')
    const full = await call(setup.made.dispatch, 'decision:get', { id: closed.id })
    expect(full.corrections.map((c) => [c.kind, c.previous.closingReason])).toEqual([
      ['correctie', 'geen-capaciteit'],
      ['ingetrokken', 'doelen-bereikt'],
    ])
    // A withdrawn decision is not corrected back into force, so the reason cannot return without a decision.
    await refuse(setup.made.dispatch, 'decision:correct', {
      id: closed.id,
      values: decisionInput('afsluiten', caseId),
      note: 'Toch wel.',
    })
  })

  it('undoes subject changes exactly: a confirmed proposal becomes a proposal again, a new involvement disappears', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'uitvoering',
      'Subjecten Terug',
    )
    const proposal = await call(setup.made.dispatch, 'case:link-subject', {
      caseId,
      openedOn: '2025-02-20',
      subject: { kind: 'persoon', name: 'Voorstel Persoon', birthDate: null },
    })
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('subject-toevoegen', caseId, {
        subjects: [
          { kind: 'bestaand', id: proposal.subjectId },
          { kind: 'persoon', name: 'Nieuwe Persoon', birthDate: null },
        ],
      }),
    })
    const withdrawn = await call(setup.made.dispatch, 'decision:withdraw', {
      id: decision.id,
      note: 'Vergissing: dit is besproken maar niet besloten.',
    })
    expect(withdrawn).toMatchObject({
      status: 'ingetrokken',
      code: decision.code,
      effect: { subjects: [], phase: null },
    })
    const page = await call(setup.made.dispatch, 'case:get', { id: caseId })
    expect(
      page.subjects.map((s) => [s.subject.title, s.involvements.map((i) => [i.openedOn, i.pendingDecision])]),
    ).toEqual([['Voorstel Persoon', [['2025-02-20', true]]]])
    expect((await call(setup.made.dispatch, 'decision:get', { id: decision.id })).corrections[0]).toMatchObject({
      kind: 'ingetrokken',
      previous: {
        effect: {
          subjects: expect.arrayContaining([
            expect.objectContaining({ title: 'Nieuwe Persoon', change: 'toegevoegd' }),
            expect.objectContaining({ title: 'Voorstel Persoon', change: 'bevestigd' }),
          ]) as unknown,
        },
      },
    })
    expect(
      (
        await refuse(setup.made.dispatch, 'decision:correct', {
          id: decision.id,
          values: decisionInput('overig', caseId),
          note: 'x',
        })
      ).message,
    ).toBe(`Besluit ${decision.code} is ingetrokken. Leg zo nodig een nieuw besluit vast.`)
    // The number is not handed out again.
    const next = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('overig', caseId),
    })
    expect(next.number).toBeGreaterThan(decision.number)
  })

  it('refuses to undo an effect a later decision built on, and says which one to correct first', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'analyse',
      'Volgorde',
    )
    const [analyse] = (await call(setup.made.dispatch, 'case:history', { caseId })).decisions
    const started = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('start-casus', caseId),
    })
    const before = await meetingSnapshot(setup.made.vault)
    const error = await refuse(setup.made.dispatch, 'decision:withdraw', { id: analyse?.id ?? '', note: 'Toch niet' })
    expect(error.message).toBe(
      `Na besluit ${analyse?.code ?? ''} is de fase van casus ${started.case?.code ?? ''} opnieuw gewijzigd (besluit ${started.code}). Corrigeer of trek eerst dat besluit in.`,
    )
    expect(await meetingSnapshot(setup.made.vault)).toEqual(before)
  })

  it('after adoption, a decision is changed only by a new decision that refers to it', async () => {
    const { caseId, itemId } = await caseInPhase(
      setup.made.dispatch,
      setup.ref,
      setup.meetingId,
      setup.parentId,
      'uitvoering',
      'Later Herzien',
    )
    const original = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('bewaartermijn-verlengen', caseId, { retentionUntil: '2031-01-10' }),
    })
    const next = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-04-09' })
    const adoption = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: section(next, 'verslag').id,
      values: decisionInput('verslag-vastgesteld', ''),
    })
    expect(
      (
        await refuse(setup.made.dispatch, 'decision:correct', {
          id: original.id,
          values: decisionInput('bewaartermijn-verlengen', caseId, { retentionUntil: '2032-01-10' }),
          note: 'x',
        })
      ).message,
    ).toMatch(new RegExp(`^Besluit ${original.code} is vastgesteld met het verslag`, 'u'))
    const item = await call(setup.made.dispatch, 'agenda:add-cases', { meetingId: next.id, caseIds: [caseId] })
    const revision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: item.added[0]?.id ?? '',
      values: decisionInput('bewaartermijn-verlengen', caseId, {
        retentionUntil: '2032-01-10',
        refersToDecisionId: original.id,
        text: `Herziening van besluit ${original.code}: de bewaartermijn wordt verder verlengd.`,
      }),
    })
    expect(revision.refersTo).toEqual({ id: original.id, code: original.code })
    const { corrections, ...stored } = await call(setup.made.dispatch, 'decision:get', { id: revision.id })
    expect([corrections, stored]).toEqual([[], revision])
    expect(revision.effect.retention).toEqual({ from: '2031-01-10', to: '2032-01-10' })
    // Withdrawing the adoption makes the earlier minutes concept again, while nothing was added to them.
    await call(setup.made.dispatch, 'decision:withdraw', { id: adoption.id, note: 'Verslag nog niet rondgestuurd' })
    expect((await call(setup.made.dispatch, 'meeting:get', { id: setup.meetingId })).status).toBe('verslag-concept')
  })
})
