import { describe, expect, it } from 'vitest'
import type { Input, Output } from '../../../../shared/contract/index'
import {
  call,
  caseInPhase,
  caseItem,
  createMeeting,
  decisionInput,
  meetingSnapshot,
  refuse,
  registerCase,
  section,
} from '../../../support/meeting-fixtures'
import { useMeetingVault } from '../../../support/shared-vault'

type DecisionType = Input<'decision:record'>['values']['type']

const setup = useMeetingVault()
let counter = 0

const fresh = (phase: string) =>
  caseInPhase(setup.made.dispatch, setup.ref, setup.meetingId, setup.parentId, phase, `Casus ${String(++counter)}`)

/** What decision:record answers is built from the transaction; it must equal what is stored. */
async function expectStored(decision: Output<'decision:record'>) {
  const { corrections, ...stored } = await call(setup.made.dispatch, 'decision:get', { id: decision.id })
  expect(corrections).toEqual([])
  expect(stored).toEqual(decision)
}

describe('every phase decision moves the case as the decision table says, in the same transaction', () => {
  const accepted: [type: DecisionType, from: string, to: string][] = [
    ['start-analyse', 'signaal', 'analyse'],
    ['start-casus', 'analyse', 'gestart'],
    ['niet-starten', 'signaal', 'niet-gestart'],
    ['niet-starten', 'analyse', 'niet-gestart'],
    ['niet-starten', 'aangehouden-in-analyse', 'niet-gestart'],
    ['plan-van-aanpak', 'gestart', 'uitvoering'],
    ['plan-van-aanpak', 'evaluatie', 'uitvoering'],
    ['aanhouden', 'uitvoering', 'aangehouden'],
    ['aanhouden', 'signaal', 'aangehouden'],
    ['escaleren', 'uitvoering', 'geescaleerd'],
    ['escaleren', 'aangehouden', 'geescaleerd'],
    ['hervatten', 'aangehouden', 'uitvoering'],
    ['hervatten', 'aangehouden-in-analyse', 'analyse'],
    ['hervatten', 'geescaleerd', 'uitvoering'],
    ['evaluatie', 'uitvoering', 'evaluatie'],
    ['afsluiten', 'evaluatie', 'afgesloten'],
    ['afsluiten', 'geescaleerd', 'afgesloten'],
    ['afsluiten', 'aangehouden', 'afgesloten'],
  ]
  it.each(accepted)('%s: %s → %s', async (type, from, to) => {
    const { caseId, code, itemId } = await fresh(from)
    const before = await call(setup.made.dispatch, 'case:get', { id: caseId })
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput(type, caseId),
    })
    expect(decision.code).toMatch(/^OMT-D 2025-\d{3}$/u)
    expect(decision).toMatchObject({ type, status: 'geldig', decidedOn: '2025-03-12', case: { id: caseId, code } })
    expect(decision.effect.phase).toEqual({ from: before.phase, to: expect.objectContaining({ code: to }) as unknown })
    const after = await call(setup.made.dispatch, 'case:get', { id: caseId })
    expect(after.phase.code).toBe(to)
    expect(after.phaseSince).toBe('2025-03-12')
    expect(after.phaseHistory.at(-1)).toMatchObject({ phase: { code: to }, decisionId: decision.id, endedOn: null })
    await expectStored(decision)
  })
})

describe('the other decision types', () => {
  it('start casus records the kind the case is started as', async () => {
    const { caseId, itemId } = await fresh('analyse')
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('start-casus', caseId, { caseKind: 'betekenisvol' }),
    })
    expect(decision.effect.caseKind).toEqual({ from: 'lokaal', to: 'betekenisvol' })
    await expectStored(decision)
    expect(decision.text).toMatch(/te starten als betekenisvolle casus\.$/u)
    expect((await call(setup.made.dispatch, 'case:get', { id: caseId })).kind).toBe('betekenisvol')
  })

  it('start analyse confirms the subjects proposed with the signal', async () => {
    const { caseId, itemId } = await fresh('signaal')
    const proposal = await call(setup.made.dispatch, 'case:link-subject', {
      caseId,
      openedOn: '2025-01-15',
      subject: { kind: 'persoon', name: 'Jan de Vries', birthDate: '1980-02-29' },
    })
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('start-analyse', caseId),
    })
    expect(decision.effect.subjects).toEqual([
      { subjectId: proposal.subjectId, kind: 'persoon', title: 'Jan de Vries', change: 'bevestigd' },
    ])
    await expectStored(decision)
    const page = await call(setup.made.dispatch, 'case:get', { id: caseId })
    expect(page.subjects[0]?.involvements).toEqual([
      {
        id: proposal.involvementId,
        openedOn: '2025-03-12',
        closedOn: null,
        openedByDecisionId: decision.id,
        closedByDecisionId: null,
        pendingDecision: false,
      },
    ])
  })

  it('subject toevoegen adds new and existing subjects and confirms a proposal, each with the deciding decision', async () => {
    const { caseId, code, itemId } = await fresh('uitvoering')
    const existing = await call(setup.made.dispatch, 'subject:create', {
      values: { kind: 'rechtspersoon', name: 'Bouwbedrijf Zuidwest B.V.', kvk: '27123456' },
    })
    const proposal = await call(setup.made.dispatch, 'case:link-subject', {
      caseId,
      openedOn: '2025-02-01',
      subject: { kind: 'object', objectKind: 'pand', description: 'Bedrijfsunit Rotterdamseweg 12, Delft' },
    })
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('subject-toevoegen', caseId, {
        subjects: [
          { kind: 'persoon', name: 'Ayşe Yılmaz', birthDate: '1979-09-09' },
          { kind: 'bestaand', id: existing.id },
          { kind: 'bestaand', id: proposal.subjectId },
        ],
      }),
    })
    expect(decision.text).toBe(
      `De OMT besluit 3 subjecten/objecten toe te voegen aan casus ${code} (Casus ${String(counter)}).`,
    )
    expect(decision.effect.subjects.map((s) => [s.title, s.change]).sort()).toEqual([
      ['Ayşe Yılmaz', 'toegevoegd'],
      ['Bedrijfsunit Rotterdamseweg 12, Delft', 'bevestigd'],
      ['Bouwbedrijf Zuidwest B.V.', 'toegevoegd'],
    ])
    await expectStored(decision)
    const page = await call(setup.made.dispatch, 'case:get', { id: caseId })
    expect(page.subjects).toHaveLength(3)
    for (const subject of page.subjects)
      expect(subject.involvements).toEqual([
        expect.objectContaining({ openedOn: '2025-03-12', openedByDecisionId: decision.id, pendingDecision: false }),
      ])
    // The text never names subjects, so the decision list can be shared without personal data.
    expect(decision.text).not.toMatch(/Yılmaz|Zuidwest|Rotterdamseweg/u)
  })

  it('subject verwijderen closes the involvement with the deciding decision', async () => {
    const { caseId, itemId } = await fresh('uitvoering')
    const added = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('subject-toevoegen', caseId, {
        subjects: [{ kind: 'object', objectKind: 'voertuig', description: 'Kenteken 12-ABC-3' }],
      }),
    })
    const subjectId = added.effect.subjects[0]?.subjectId ?? ''
    const removed = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('subject-verwijderen', caseId, { subjectIds: [subjectId] }),
    })
    expect(removed.effect.subjects).toEqual([
      { subjectId, kind: 'object', title: 'Kenteken 12-ABC-3', change: 'verwijderd' },
    ])
    await expectStored(removed)
    const page = await call(setup.made.dispatch, 'case:get', { id: caseId })
    expect(page.subjects[0]).toMatchObject({
      involved: false,
      involvements: [{ closedOn: '2025-03-12', openedByDecisionId: added.id, closedByDecisionId: removed.id }],
    })
  })

  it('bewaartermijn verlengen sets the new retention date on the case', async () => {
    const { caseId, itemId } = await fresh('afgesloten')
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('bewaartermijn-verlengen', caseId, { retentionUntil: '2033-06-30' }),
    })
    // Closing set the retention to the meeting date plus the default five years; the extension starts there.
    expect(decision.effect.retention).toEqual({ from: '2030-03-12', to: '2033-06-30' })
    await expectStored(decision)
    expect(decision.text).toContain('tot 30-06-2033')
    expect((await call(setup.made.dispatch, 'case:get', { id: caseId })).retentionUntil).toBe('2033-06-30')
  })

  it('keeps a case a decision is about, even one without a phase or subject effect', async () => {
    const created = await registerCase(setup.made.dispatch, setup.ref, { alias: 'Alleen Overig' })
    const itemId = await caseItem(setup.made.dispatch, setup.meetingId, setup.parentId, created.id)
    await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('overig', created.id),
    })
    expect((await refuse(setup.made.dispatch, 'case:delete', { id: created.id })).message).toMatch(
      /^Over casus .* zijn al besluiten genomen/u,
    )
  })

  it('overig records text only, with or without a case', async () => {
    const before = await meetingSnapshot(setup.made.vault)
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: setup.parentId,
      values: decisionInput('overig', null as unknown as string),
    })
    expect(decision).toMatchObject({
      type: 'overig',
      case: null,
      text: 'De OMT neemt kennis van de rapportage.',
      effect: { phase: null, subjects: [], retention: null, minutes: null },
    })
    const after = await meetingSnapshot(setup.made.vault)
    expect({
      ...after,
      decision: before.decision,
      sequence: before.sequence,
      search_document: before.search_document,
    }).toEqual(before)
  })

  it('verslag vorige vergadering vastgesteld makes the previous meeting final and read-only', async () => {
    const next = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-04-09' })
    const decision = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: section(next, 'verslag').id,
      values: decisionInput('verslag-vastgesteld', ''),
    })
    expect(decision.effect.minutes).toEqual({ meetingId: setup.meetingId, meetingDate: '2025-03-12' })
    await expectStored(decision)
    expect(decision.text).toBe('Het verslag en de besluitenlijst van de vergadering van 12-03-2025 worden vastgesteld.')
    const previous = await call(setup.made.dispatch, 'meeting:get', { id: setup.meetingId })
    expect(previous).toMatchObject({
      status: 'verslag-vastgesteld',
      minutesStatus: 'vastgesteld',
      minutesAdoptedOn: '2025-04-09',
      minutesAdoptedBy: { id: decision.id, code: decision.code },
    })
    const refused = await refuse(setup.made.dispatch, 'agenda:add', {
      meetingId: setup.meetingId,
      parentId: null,
      position: null,
      values: {
        title: 'Na afloop',
        type: 'overig',
        caseId: null,
        presenterPartnerId: null,
        durationMinutes: 5,
        confidential: false,
        notes: '',
        chairNotes: '',
        status: 'gepland',
      },
    })
    expect(refused.message).toMatch(
      /^Het verslag van de vergadering van OMT D op 12-03-2025 is vastgesteld en kan niet meer worden gewijzigd\./u,
    )
  })
})
