import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Output } from '../../../../shared/contract/index'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { insertBareDecisions } from '../../../support/bare-decisions'
import {
  call,
  editable,
  newCase,
  newIntervention,
  type Reference,
  reference,
  refuse,
  snapshot,
  VASTGOED,
} from '../../../support/case-fixtures'

let made: TempVault
let ref: Reference
let existing: Output<'case:get'>
let person: { subjectId: string; involvementId: string }

beforeAll(async () => {
  made = await tempVault()
  ref = await reference(made.vault)
  existing = await call(made.dispatch, 'case:create', newCase(ref))
  person = await call(made.dispatch, 'case:link-subject', {
    caseId: existing.id,
    openedOn: '2025-03-02',
    subject: { kind: 'rechtspersoon', name: 'Bouwbedrijf Zuidwest B.V.', kvk: '27123456' },
  })
})
afterAll(() => made.cleanup())

/** Refused with VALIDATION (or CONFLICT), the expected field message, and no row written anywhere. */
async function expectRefused(
  channel: Parameters<typeof refuse>[1],
  input: unknown,
  field: string,
  message: string | RegExp,
  code = 'VALIDATION',
) {
  const before = await snapshot(made.vault)
  const error = await refuse(made.dispatch, channel, input)
  expect(error.code).toBe(code)
  expect(error.fields?.[field]).toMatch(
    typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u') : message,
  )
  expect(JSON.stringify(error)).not.toMatch(/SQLITE|INSERT|UPDATE |Invalid input/u)
  expect(await snapshot(made.vault)).toEqual(before)
}

const future = () => {
  const date = new Date()
  date.setDate(date.getDate() + 2)
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

describe('case fields', () => {
  it('refuses an unknown theme, gemeente, table or partner', async () => {
    await expectRefused(
      'case:create',
      newCase(ref, { themeIds: [ref.theme(VASTGOED), 'geen-thema'] }),
      'themeIds',
      'Een gekozen thema bestaat niet (meer). Kies de thema’s opnieuw uit de lijst.',
    )
    await expectRefused(
      'case:create',
      newCase(ref, { gemeenteIds: ['geen-gemeente'] }),
      'gemeenteIds',
      'Een gekozen gemeente bestaat niet (meer). Kies de gemeenten opnieuw uit de lijst.',
    )
    await expectRefused(
      'case:create',
      newCase(ref, { tableId: 'geen-tafel' }),
      'tableId',
      /^Deze ondermijningstafel bestaat niet/u,
    )
    await expectRefused(
      'case:create',
      newCase(ref, { leadPartnerId: 'geen-partner' }),
      'leadPartnerId',
      /^Deze partner bestaat niet/u,
    )
    await expectRefused(
      'case:create',
      newCase(ref, { signalPartnerId: 'geen-partner' }),
      'signalPartnerId',
      'Deze partner bestaat niet (meer). Kies een partner uit de lijst.',
    )
    await expectRefused(
      'case:update',
      { id: existing.id, values: { ...editable(existing), signalPartnerId: 'geen-partner' } },
      'signalPartnerId',
      /^Deze partner bestaat niet/u,
    )
    await expectRefused(
      'case:update',
      { id: existing.id, values: { ...editable(existing), themeIds: ['geen-thema'] } },
      'themeIds',
      /^Een gekozen thema bestaat niet/u,
    )
    await expectRefused(
      'case:update',
      { id: existing.id, values: { ...editable(existing), gemeenteIds: ['geen-gemeente'] } },
      'gemeenteIds',
      /^Een gekozen gemeente bestaat niet/u,
    )
  })

  it('refuses an archived theme for a new link but keeps one the case already has', async () => {
    const theme = await call(made.dispatch, 'reference:create', {
      kind: 'theme',
      values: { name: 'Tijdelijk thema', scope: 'lokaal' },
    })
    const withTheme = await call(made.dispatch, 'case:create', newCase(ref, { themeIds: [theme.id] }))
    await call(made.dispatch, 'reference:archive', { kind: 'theme', id: theme.id, archived: true })
    await expectRefused(
      'case:create',
      newCase(ref, { themeIds: [theme.id] }),
      'themeIds',
      'Een gekozen thema is gearchiveerd. Kies een actief thema.',
    )
    const kept = await call(made.dispatch, 'case:update', {
      id: withTheme.id,
      values: { ...editable(withTheme), alias: 'Nieuwe alias' },
    })
    expect(kept.themes.map((t) => t.id)).toEqual([theme.id])
  })

  it('refuses a summary over 50,000 characters and accepts one of exactly 50,000', async () => {
    const message =
      'De samenvatting is langer dan 50.000 tekens. Kort de tekst in, of bewaar lange stukken als bijlage bij de vergadering.'
    await expectRefused('case:create', newCase(ref, { summary: 'x'.repeat(50_001) }), 'summary', message)
    await expectRefused(
      'case:update',
      { id: existing.id, values: { ...editable(existing), summary: '## Kop\n'.padEnd(50_001, 'y') } },
      'summary',
      message,
    )
    const long = await call(made.dispatch, 'case:create', newCase(ref, { summary: 'é'.repeat(50_000) }))
    expect(long.summary).toHaveLength(50_000)
  })

  it('refuses impossible and future dates, and a retention before registration', async () => {
    await expectRefused(
      'case:create',
      newCase(ref, { registeredOn: '2025-02-30' }),
      'registeredOn',
      'Deze datum bestaat niet. Controleer de dag en de maand.',
    )
    await expectRefused(
      'case:create',
      newCase(ref, { registeredOn: '1-3-2025' }),
      'registeredOn',
      'Vul een datum in als jjjj-mm-dd.',
    )
    await expectRefused(
      'case:create',
      newCase(ref, { registeredOn: future() }),
      'registeredOn',
      /^De registratiedatum ligt in de toekomst/u,
    )
    await expectRefused(
      'case:create',
      newCase(ref, { retentionUntil: '2025-03-01' }),
      'retentionUntil',
      'De bewaartermijn moet na de registratiedatum eindigen.',
    )
  })

  it('lets the retention be shortened here but extended only by a decision', async () => {
    await expectRefused(
      'case:update',
      { id: existing.id, values: { ...editable(existing), retentionUntil: '2031-01-01' } },
      'retentionUntil',
      /^Verlengen van de bewaartermijn gaat met een besluit van de OMT\. Kies 01-03-2030/u,
    )
    const shorter = await call(made.dispatch, 'case:update', {
      id: existing.id,
      values: { ...editable(existing), retentionUntil: '2029-12-31' },
    })
    expect(shorter.retentionUntil).toBe('2029-12-31')
    existing = shorter
  })

  it('refuses an empty alias and an unknown kind with Dutch messages', async () => {
    await expectRefused('case:create', newCase(ref, { alias: '   ' }), 'alias', /^Vul een alias in/u)
    await expectRefused(
      'case:create',
      { ...newCase(ref), kind: 'groot' },
      'kind',
      'Kies of het een betekenisvolle of een lokale casus is.',
    )
  })
})

describe('subject fields', () => {
  const kvkMessage =
    'Een KvK-nummer bestaat uit precies 8 cijfers, bijvoorbeeld 27123456. Neem het nummer over van het uittreksel.'

  it('refuses an invalid KvK number, alone and when linking to a case', async () => {
    for (const kvk of ['1234567', '123456789', '2712345a', '00000000', '']) {
      await expectRefused(
        'subject:create',
        { values: { kind: 'rechtspersoon', name: 'Nieuw B.V.', kvk } },
        'kvk',
        kvkMessage,
      )
      await expectRefused(
        'case:link-subject',
        { caseId: existing.id, openedOn: '2025-03-05', subject: { kind: 'rechtspersoon', name: 'Nieuw B.V.', kvk } },
        'subject.kvk',
        kvkMessage,
      )
    }
  })

  it('accepts a KvK number written with spaces or dots and stores the digits', async () => {
    const created = await call(made.dispatch, 'subject:create', {
      values: { kind: 'rechtspersoon', name: 'Puntjes B.V.', kvk: '58.123 456' },
    })
    expect(created.kvk).toBe('58123456')
  })

  it('refuses a KvK number that belongs to another legal entity', async () => {
    const message =
      'KvK-nummer 27123456 hoort al bij ‘Bouwbedrijf Zuidwest B.V.’. Kies dat subject in plaats van een nieuw aan te maken.'
    await expectRefused(
      'subject:create',
      { values: { kind: 'rechtspersoon', name: 'Ander B.V.', kvk: '27 123 456' } },
      'kvk',
      message,
      'CONFLICT',
    )
    await expectRefused(
      'case:link-subject',
      {
        caseId: existing.id,
        openedOn: '2025-03-05',
        subject: { kind: 'rechtspersoon', name: 'Ander B.V.', kvk: '27123456' },
      },
      'subject.kvk',
      message,
      'CONFLICT',
    )
    const other = await call(made.dispatch, 'subject:create', {
      values: { kind: 'rechtspersoon', name: 'Ander B.V.', kvk: null },
    })
    await expectRefused(
      'subject:update',
      { id: other.id, values: { kind: 'rechtspersoon', name: 'Ander B.V.', kvk: '27123456' } },
      'kvk',
      message,
      'CONFLICT',
    )
  })

  it('refuses a date of birth in the future or before 1900', async () => {
    await expectRefused(
      'subject:create',
      { values: { kind: 'persoon', name: 'Jan de Vries', birthDate: future() } },
      'birthDate',
      'De geboortedatum ligt in de toekomst. Controleer de datum, vooral het jaartal.',
    )
    await expectRefused(
      'case:link-subject',
      {
        caseId: existing.id,
        openedOn: '2025-03-05',
        subject: { kind: 'persoon', name: 'Jan de Vries', birthDate: future() },
      },
      'subject.birthDate',
      /^De geboortedatum ligt in de toekomst/u,
    )
    await expectRefused(
      'subject:create',
      { values: { kind: 'persoon', name: 'Jan de Vries', birthDate: '1899-12-31' } },
      'birthDate',
      /^Vul een geboortedatum vanaf 1900 in/u,
    )
  })

  it('refuses an object without description or kind, and a change of kind', async () => {
    await expectRefused(
      'subject:create',
      { values: { kind: 'object', objectKind: 'voertuig', description: ' ' } },
      'description',
      /^Beschrijf het object/u,
    )
    await expectRefused(
      'subject:create',
      { values: { kind: 'object', objectKind: 'fiets', description: 'Bakfiets' } },
      'objectKind',
      /^Kies het soort object/u,
    )
    await expectRefused(
      'subject:update',
      { id: person.subjectId, values: { kind: 'persoon', name: 'Iemand', birthDate: null } },
      'kind',
      /^Het soort .* kan niet worden gewijzigd/u,
    )
  })

  it('refuses a link before the case was registered, twice the same subject, and a closed case', async () => {
    await expectRefused(
      'case:link-subject',
      { caseId: existing.id, openedOn: '2025-02-28', subject: { kind: 'bestaand', id: person.subjectId } },
      'openedOn',
      /^Deze datum ligt vóór de registratie van casus D-2025-001 \(01-03-2025\)/u,
    )
    const before = await snapshot(made.vault)
    const twice = await refuse(made.dispatch, 'case:link-subject', {
      caseId: existing.id,
      openedOn: '2025-03-05',
      subject: { kind: 'bestaand', id: person.subjectId },
    })
    expect(twice).toMatchObject({
      code: 'CONFLICT',
      message: '‘Bouwbedrijf Zuidwest B.V.’ is al betrokken bij casus D-2025-001.',
    })
    await expectRefused(
      'case:link-subject',
      { caseId: existing.id, openedOn: '2025-03-05', subject: { kind: 'bestaand', id: 'geen-subject' } },
      'subject',
      /^Dit subject bestaat niet/u,
    )
    expect(await snapshot(made.vault)).toEqual(before)

    // A decision closes the case; the register then takes no new subjects.
    const closed = await call(made.dispatch, 'case:create', newCase(ref, { alias: 'Afgesloten Zaak' }))
    await insertBareDecisions(made.vault, 'besluit-1')
    await made.vault.db
      .insertInto('case_phase')
      .values({
        id: 'p-closed',
        case_id: closed.id,
        seq: 2,
        phase_id: ref.phase('afgesloten'),
        started_on: '2025-06-01',
        decision_id: 'besluit-1',
        recorded_at: new Date().toISOString(),
      })
      .execute()
    const beforeClosed = await snapshot(made.vault)
    const refused = await refuse(made.dispatch, 'case:link-subject', {
      caseId: closed.id,
      openedOn: '2025-06-02',
      subject: { kind: 'persoon', name: 'Piet Jansen', birthDate: null },
    })
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message: `Casus ${closed.code} is afgesloten; er kunnen geen subjecten of objecten meer worden toegevoegd.`,
    })
    expect(await snapshot(made.vault)).toEqual(beforeClosed)
  })
})

describe('intervention fields', () => {
  it('refuses a subtype of another kind, an end before the start, an unknown partner and a negative amount', async () => {
    const create = (values: Partial<ReturnType<typeof newIntervention>>) => ({
      caseId: existing.id,
      values: newIntervention(ref, values),
    })
    await expectRefused(
      'intervention:create',
      create({ kind: 'fiscaal', subtype: 'damocles' }),
      'subtype',
      'Deze interventie hoort niet bij ‘Fiscaal’. Kies een interventie uit de lijst bij dit soort.',
    )
    await expectRefused(
      'intervention:create',
      create({ subtype: 'wegsleping' as 'bibob' }),
      'subtype',
      'Kies een interventie uit de lijst.',
    )
    await expectRefused(
      'intervention:create',
      create({ startedOn: '2025-05-01', endedOn: '2025-04-30' }),
      'endedOn',
      'De einddatum ligt vóór de begindatum. Controleer beide datums.',
    )
    await expectRefused(
      'intervention:create',
      create({ partnerId: 'geen-partner' }),
      'partnerId',
      /^Deze partner bestaat niet/u,
    )
    await expectRefused(
      'intervention:create',
      create({ amountCents: -100 }),
      'amountCents',
      'Een bedrag kan niet negatief zijn.',
    )
    await expectRefused(
      'intervention:create',
      create({ amountCents: 12.5 }),
      'amountCents',
      'Vul een bedrag in hele centen in.',
    )
    await expectRefused('intervention:create', create({ status: 'klaar' as 'lopend' }), 'status', /^Kies een status/u)
  })

  it('refuses a target that is not part of the case', async () => {
    const stranger = await call(made.dispatch, 'subject:create', {
      values: { kind: 'object', objectKind: 'pand', description: 'Loods, Industrieweg 4, Delft' },
    })
    await expectRefused(
      'intervention:create',
      { caseId: existing.id, values: newIntervention(ref, { subjectId: stranger.id }) },
      'subjectId',
      /^Kies een subject of object dat bij deze casus betrokken is/u,
    )
    const aimed = await call(made.dispatch, 'intervention:create', {
      caseId: existing.id,
      values: newIntervention(ref, { subjectId: person.subjectId, amountCents: 250_000 }),
    })
    expect(aimed).toMatchObject({
      subject: { id: person.subjectId, title: 'Bouwbedrijf Zuidwest B.V.' },
      amountCents: 250_000,
      subtypeLabel: 'Damocles (art. 13b Opiumwet)',
    })
    await expectRefused(
      'intervention:update',
      { id: aimed.id, values: newIntervention(ref, { kind: 'financieel', subtype: 'bibob' }) },
      'subtype',
      /hoort niet bij ‘Financieel’/u,
    )
  })
})
