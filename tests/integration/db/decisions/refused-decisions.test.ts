import { describe, expect, it } from 'vitest'
import type { Input } from '../../../../shared/contract/index'
import {
  call,
  caseInPhase,
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
  caseInPhase(setup.made.dispatch, setup.ref, setup.meetingId, setup.parentId, phase, `Geweigerd ${String(++counter)}`)

/** Refuses with a Dutch VALIDATION message and writes nothing at all. */
async function expectRefused(
  agendaItemId: string,
  values: Input<'decision:record'>['values'],
  message: string | RegExp,
) {
  const before = await meetingSnapshot(setup.made.vault)
  const error = await refuse(setup.made.dispatch, 'decision:record', { agendaItemId, values })
  expect(error.code).toBe('VALIDATION')
  if (typeof message === 'string') expect(error.message).toBe(message)
  else expect(error.message).toMatch(message)
  expect(await meetingSnapshot(setup.made.vault)).toEqual(before)
}

describe('a decision that does not fit the case’s phase is refused with a Dutch explanation, nothing changed', () => {
  const refused: [type: DecisionType, phase: string, message: (code: string) => string][] = [
    ['start-casus', 'signaal', (code) => `Casus ${code} staat in fase signaal; start casus kan pas na analyse.`],
    ['start-analyse', 'analyse', (code) => `Casus ${code} staat al in fase analyse (informatiebeeld).`],
    [
      'start-analyse',
      'uitvoering',
      (code) => `Casus ${code} staat in fase uitvoering; start analyse kan alleen in fase signaal.`,
    ],
    [
      'niet-starten',
      'uitvoering',
      (code) => `Casus ${code} staat in fase uitvoering; niet starten kan alleen zolang de casus niet is gestart.`,
    ],
    [
      'niet-starten',
      'aangehouden',
      (code) => `Casus ${code} staat in fase aangehouden; niet starten kan alleen zolang de casus niet is gestart.`,
    ],
    [
      'plan-van-aanpak',
      'analyse',
      (code) =>
        `Casus ${code} staat in fase analyse (informatiebeeld); het plan van aanpak vaststellen kan pas na start casus.`,
    ],
    [
      'evaluatie',
      'gestart',
      (code) => `Casus ${code} staat in fase gestart (plan van aanpak); evaluatie kan pas tijdens de uitvoering.`,
    ],
    ['afsluiten', 'uitvoering', (code) => `Casus ${code} staat in fase uitvoering; afsluiten kan pas na evaluatie.`],
    [
      'afsluiten',
      'aangehouden-in-analyse',
      (code) => `Casus ${code} staat in fase aangehouden; afsluiten kan pas na evaluatie.`,
    ],
    ['aanhouden', 'aangehouden', (code) => `Casus ${code} staat al in fase aangehouden.`],
    [
      'aanhouden',
      'geescaleerd',
      (code) => `Casus ${code} staat in fase geëscaleerd (stuurgroep); aanhouden kan alleen bij een lopende casus.`,
    ],
    ['escaleren', 'signaal', (code) => `Casus ${code} staat in fase signaal; escaleren kan pas vanaf de analyse.`],
    ['escaleren', 'geescaleerd', (code) => `Casus ${code} staat al in fase geëscaleerd (stuurgroep).`],
    [
      'hervatten',
      'uitvoering',
      (code) =>
        `Casus ${code} staat in fase uitvoering; hervatten kan alleen bij een aangehouden of geëscaleerde casus.`,
    ],
    ...(
      [
        'start-analyse',
        'start-casus',
        'plan-van-aanpak',
        'aanhouden',
        'hervatten',
        'evaluatie',
        'afsluiten',
        'niet-starten',
        'subject-toevoegen',
      ] as const
    ).map(
      (type) =>
        [
          type,
          'afgesloten',
          (code: string) =>
            `Casus ${code} is al afgesloten. Een nieuw signaal over dezelfde betrokkenen wordt een nieuwe casus.`,
        ] as [DecisionType, string, (code: string) => string],
    ),
    ...(['start-analyse', 'start-casus', 'hervatten', 'subject-toevoegen'] as const).map(
      (type) =>
        [
          type,
          'niet-gestart',
          (code: string) =>
            `Casus ${code} is niet gestart. Een nieuw signaal over dezelfde betrokkenen wordt een nieuwe casus.`,
        ] as [DecisionType, string, (code: string) => string],
    ),
  ]
  it.each(refused)('%s in phase %s', async (type, phase, message) => {
    const { caseId, code, itemId } = await fresh(phase)
    const extra =
      type === 'subject-toevoegen' ? { subjects: [{ kind: 'persoon', name: 'Piet Jansen', birthDate: null }] } : {}
    await expectRefused(itemId, decisionInput(type, caseId, extra), message(code))
  })
})

describe('other refusals', () => {
  it('refuses adding a subject that is already part of the case, and removing one that is not', async () => {
    const { caseId, code, itemId } = await fresh('uitvoering')
    const added = await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: decisionInput('subject-toevoegen', caseId, {
        subjects: [{ kind: 'persoon', name: 'Karel Bakker', birthDate: null }],
      }),
    })
    const subjectId = added.effect.subjects[0]?.subjectId ?? ''
    await expectRefused(
      itemId,
      decisionInput('subject-toevoegen', caseId, { subjects: [{ kind: 'bestaand', id: subjectId }] }),
      `‘Karel Bakker’ is al betrokken bij casus ${code}.`,
    )
    const other = await call(setup.made.dispatch, 'subject:create', {
      values: { kind: 'persoon', name: 'Els Visser', birthDate: null },
    })
    await expectRefused(
      itemId,
      decisionInput('subject-verwijderen', caseId, { subjectIds: [other.id] }),
      `‘Els Visser’ is niet (meer) betrokken bij casus ${code}.`,
    )
    await expectRefused(
      itemId,
      decisionInput('subject-toevoegen', caseId, { subjects: [{ kind: 'bestaand', id: 'geen-subject' }] }),
      /^Een gekozen subject bestaat niet/u,
    )
  })

  it('refuses a retention date that does not extend', async () => {
    const { caseId, code, itemId } = await fresh('uitvoering')
    await expectRefused(
      itemId,
      decisionInput('bewaartermijn-verlengen', caseId, { retentionUntil: '2029-01-01' }),
      `De bewaartermijn van casus ${code} loopt al tot 10-01-2030. Kies een latere datum; verkorten gaat via de casus zelf.`,
    )
  })

  it('refuses a decision about a case of another table, or about another case than the item’s', async () => {
    const otherTable = await registerCase(setup.made.dispatch, setup.ref, {
      alias: 'Elders',
      tableId: setup.ref.table('E'),
    })
    await expectRefused(
      setup.parentId,
      decisionInput('start-analyse', otherTable.id),
      /^Casus E-2025-\d{3} hoort bij een andere ondermijningstafel\./u,
    )
    const first = await fresh('signaal')
    const second = await fresh('signaal')
    await expectRefused(
      first.itemId,
      decisionInput('start-analyse', second.caseId),
      `Dit agendapunt gaat over een andere casus dan ${second.code}. Leg het besluit vast bij het agendapunt van casus ${second.code}.`,
    )
  })

  it('refuses a decision at a meeting before the case was registered, or before its current phase began', async () => {
    const early = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-01-08' })
    const { caseId, code } = await fresh('signaal')
    await expectRefused(
      section(early, 'signalen').id,
      decisionInput('start-analyse', caseId),
      `Casus ${code} is geregistreerd op 10-01-2025, na deze vergadering (08-01-2025). Leg het besluit vast in een latere vergadering.`,
    )
    const later = await fresh('analyse')
    const between = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-02-12' })
    await expectRefused(
      section(between, 'start-casus').id,
      decisionInput('start-casus', later.caseId),
      `Casus ${later.code} staat sinds 12-03-2025 in fase analyse (informatiebeeld), na deze vergadering (12-02-2025). Leg het besluit vast in een latere vergadering.`,
    )
  })

  it('refuses decisions at a meeting that has not taken place yet', async () => {
    const future = await createMeeting(setup.made.dispatch, setup.ref, { date: '2099-01-07' })
    const { caseId } = await fresh('signaal')
    await expectRefused(
      section(future, 'signalen').id,
      decisionInput('start-analyse', caseId),
      'De vergadering van OMT D op 07-01-2099 moet nog plaatsvinden. Besluiten worden vastgelegd tijdens of na de vergadering.',
    )
  })

  it('refuses adopting minutes when there is no earlier meeting, or when they are adopted already', async () => {
    const lone = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-05-14' }, 'sjabloon', 'G')
    await expectRefused(
      section(lone, 'verslag').id,
      decisionInput('verslag-vastgesteld', ''),
      'Deze tafel heeft geen eerdere vergadering waarvan het verslag kan worden vastgesteld.',
    )
    const next = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-06-11' }, 'sjabloon', 'G')
    await expectRefused(
      section(next, 'verslag').id,
      decisionInput('verslag-vastgesteld', ''),
      'De vergadering van OMT G op 14-05-2025 staat op ‘In voorbereiding’; een verslag wordt vastgesteld nadat de vergadering is gehouden.',
    )
    await call(setup.made.dispatch, 'meeting:set-status', { id: lone.id, status: 'gehouden' })
    await call(setup.made.dispatch, 'decision:record', {
      agendaItemId: section(next, 'verslag').id,
      values: decisionInput('verslag-vastgesteld', ''),
    })
    await expectRefused(
      section(next, 'verslag').id,
      decisionInput('verslag-vastgesteld', ''),
      'Het verslag van de vergadering van OMT G op 14-05-2025 is al vastgesteld.',
    )
  })

  it('refuses what the contract cannot parse with Dutch field messages', async () => {
    const { caseId, itemId } = await fresh('uitvoering')
    const missingReason = await refuse(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: { ...decisionInput('afsluiten', caseId), reason: '' },
    })
    expect(missingReason).toMatchObject({
      code: 'VALIDATION',
      fields: { reason: 'Vul de reden in; die hoort bij dit besluit in het verslag.' },
    })
    const noClosingReason = await refuse(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: { ...decisionInput('afsluiten', caseId), closingReason: undefined },
    })
    expect(noClosingReason.fields).toEqual({ closingReason: 'Kies de reden van afsluiten.' })
    const unknownClosingReason = await refuse(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: { ...decisionInput('afsluiten', caseId), closingReason: 'opgeheven' },
    })
    expect(unknownClosingReason.fields).toEqual({ closingReason: 'Kies de reden van afsluiten.' })
    const closingReasonElsewhere = await refuse(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: { ...decisionInput('niet-starten', caseId), closingReason: 'doelen-bereikt' },
    })
    expect(closingReasonElsewhere.fields).toEqual({
      closingReason: 'Alleen een besluit tot afsluiten heeft een reden van afsluiten. Laat dit veld leeg.',
    })
    const badDate = await refuse(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: { ...decisionInput('bewaartermijn-verlengen', caseId), retentionUntil: '2031-02-30' },
    })
    expect(badDate.fields).toEqual({ retentionUntil: 'Deze datum bestaat niet. Controleer de dag en de maand.' })
    const noType = await refuse(setup.made.dispatch, 'decision:record', {
      agendaItemId: itemId,
      values: { type: 'benoemen', caseId },
    })
    expect(noType.fields).toEqual({ type: 'Kies het soort besluit.' })
  })
})
