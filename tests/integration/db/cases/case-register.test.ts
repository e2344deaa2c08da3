import { beforeAll, describe, expect, it } from 'vitest'
import type { Input, Output } from '../../../../shared/contract/index'
import { insertBareDecisions } from '../../../support/bare-decisions'
import {
  call,
  DRUGS,
  editable,
  newCase,
  newIntervention,
  refuse,
  snapshot,
  VASTGOED,
} from '../../../support/case-fixtures'
import { useVault } from '../../../support/shared-vault'

const setup = useVault()

describe('a case from registration to its page', () => {
  let detail: Output<'case:get'>

  it('registers a case with two themes in phase signaal, without a decision', async () => {
    detail = await call(
      setup.made.dispatch,
      'case:create',
      newCase(setup.ref, {
        themeIds: [setup.ref.theme(VASTGOED), setup.ref.theme(DRUGS)],
        gemeenteIds: [setup.ref.gemeente('Delft'), setup.ref.gemeente('Westland')],
      }),
    )
    expect(detail).toMatchObject({
      code: 'D-2025-001',
      alias: 'Stille Haven',
      kind: 'lokaal',
      table: { code: 'D' },
      leadPartner: { shortName: 'Gemeente' },
      signalPartner: { shortName: 'Politie' },
      caseDirector: 'Marieke van Dam',
      registeredOn: '2025-03-01',
      retentionUntil: '2030-03-01',
      phase: { code: 'signaal', name: 'Signaal' },
      phaseSince: '2025-03-01',
      subjects: [],
      interventions: [],
    })
    expect(detail.themes.map((t) => t.name)).toEqual([VASTGOED, DRUGS])
    expect(detail.gemeenten.map((g) => g.name)).toEqual(['Delft', 'Westland'])
    expect(detail.phaseHistory).toEqual([
      {
        id: expect.any(String) as string,
        phase: detail.phase,
        startedOn: '2025-03-01',
        endedOn: null,
        decisionId: null,
      },
    ])
    expect(await call(setup.made.dispatch, 'case:get', { id: detail.id })).toEqual(detail)
  })

  it('keeps the partner that brought the signal in apart from the lead partner, and lets an edit change or clear it', async () => {
    const changed = await call(setup.made.dispatch, 'case:update', {
      id: detail.id,
      values: { ...editable(detail), signalPartnerId: setup.ref.partner('Belastingdienst') },
    })
    expect(changed.signalPartner).toMatchObject({ shortName: 'Belastingdienst' })
    expect(changed.leadPartner).toMatchObject({ shortName: 'Gemeente' })
    const cleared = await call(setup.made.dispatch, 'case:update', {
      id: detail.id,
      values: { ...editable(changed), signalPartnerId: null },
    })
    expect(cleared.signalPartner).toBeNull()
    const row = await setup.made.vault.db
      .selectFrom('omt_case')
      .select(['signal_partner_id', 'lead_partner_id'])
      .where('id', '=', detail.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ signal_partner_id: null, lead_partner_id: setup.ref.partner('Gemeente') })
    detail = await call(setup.made.dispatch, 'case:update', {
      id: detail.id,
      values: { ...editable(cleared), signalPartnerId: setup.ref.partner('Politie') },
    })
  })

  it('shows the phase timeline that decisions write, each period pointing at its decision', async () => {
    // What the decisions issue will do: append a period with its decision id.
    await insertBareDecisions(setup.made.vault, 'besluit-analyse', 'x')
    await setup.made.vault.db
      .insertInto('case_phase')
      .values({
        id: 'period-2',
        case_id: detail.id,
        seq: 2,
        phase_id: setup.ref.phase('analyse'),
        started_on: '2025-04-10',
        decision_id: 'besluit-analyse',
        recorded_at: new Date().toISOString(),
      })
      .execute()
    const page = await call(setup.made.dispatch, 'case:get', { id: detail.id })
    expect(page.phase.code).toBe('analyse')
    expect(page.phaseSince).toBe('2025-04-10')
    expect(page.phaseHistory.map((p) => [p.phase.code, p.startedOn, p.endedOn, p.decisionId])).toEqual([
      ['signaal', '2025-03-01', '2025-04-10', null],
      ['analyse', '2025-04-10', null, 'besluit-analyse'],
    ])
    // A period cannot start before the previous one.
    await expect(
      setup.made.vault.db
        .insertInto('case_phase')
        .values({
          id: 'period-x',
          case_id: detail.id,
          seq: 3,
          phase_id: setup.ref.phase('gestart'),
          started_on: '2025-04-01',
          decision_id: 'x',
          recorded_at: '',
        })
        .execute(),
    ).rejects.toThrow(/cannot start before/u)
    detail = page
  })

  it('links subjects as proposals pending a decision, shown with their history on both pages', async () => {
    const before = detail.updatedAt
    const linked = await call(setup.made.dispatch, 'case:link-subject', {
      caseId: detail.id,
      openedOn: '2025-04-12',
      subject: { kind: 'persoon', name: 'Jan de Vries', birthDate: '1980-02-29' },
    })
    expect(linked.pendingDecision).toBe(true)
    const page = await call(setup.made.dispatch, 'case:get', { id: detail.id })
    expect(page.updatedAt > before).toBe(true)
    expect(page.subjects).toEqual([
      {
        subject: {
          id: linked.subjectId,
          kind: 'persoon',
          title: 'Jan de Vries',
          name: 'Jan de Vries',
          birthDate: '1980-02-29',
          kvk: null,
          objectKind: null,
          description: null,
        },
        involved: true,
        involvements: [
          {
            id: linked.involvementId,
            openedOn: '2025-04-12',
            closedOn: null,
            openedByDecisionId: null,
            closedByDecisionId: null,
            pendingDecision: true,
          },
        ],
      },
    ])
    const subjectPage = await call(setup.made.dispatch, 'subject:get', { id: linked.subjectId })
    expect(subjectPage.cases).toEqual([
      {
        case: { id: detail.id, code: 'D-2025-001', alias: 'Stille Haven', tableCode: 'D', phase: page.phase },
        involved: true,
        involvements: page.subjects[0]?.involvements,
      },
    ])
  })

  it('keeps the involvement history: a closed period and a new one for the same subject', async () => {
    const page = await call(setup.made.dispatch, 'case:get', { id: detail.id })
    const subject = page.subjects[0]
    if (!subject) throw new Error('no subject')
    // The decisions issue confirms and closes involvements like this.
    await insertBareDecisions(setup.made.vault, 'besluit-toevoegen', 'besluit-verwijderen')
    await setup.made.vault.db
      .updateTable('involvement')
      .set({
        opened_by_decision_id: 'besluit-toevoegen',
        closed_on: '2025-05-01',
        closed_by_decision_id: 'besluit-verwijderen',
      })
      .where('id', '=', subject.involvements[0]?.id ?? '')
      .execute()
    const again = await call(setup.made.dispatch, 'case:link-subject', {
      caseId: detail.id,
      openedOn: '2025-06-01',
      subject: { kind: 'bestaand', id: subject.subject.id },
    })
    const history = (await call(setup.made.dispatch, 'case:get', { id: detail.id })).subjects[0]
    expect(history?.involved).toBe(true)
    expect(
      history?.involvements.map((i) => [
        i.openedOn,
        i.closedOn,
        i.openedByDecisionId,
        i.closedByDecisionId,
        i.pendingDecision,
      ]),
    ).toEqual([
      ['2025-04-12', '2025-05-01', 'besluit-toevoegen', 'besluit-verwijderen', false],
      ['2025-06-01', null, null, null, true],
    ])

    // A pending proposal can be withdrawn; a decided involvement stays in the record.
    const before = await snapshot(setup.made.vault)
    const refused = await refuse(setup.made.dispatch, 'case:unlink-subject', {
      involvementId: subject.involvements[0]?.id,
    })
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Beëindig haar met een besluit') as string,
    })
    expect(await snapshot(setup.made.vault)).toEqual(before)
    await call(setup.made.dispatch, 'case:unlink-subject', { involvementId: again.involvementId })
    const after = (await call(setup.made.dispatch, 'case:get', { id: detail.id })).subjects[0]
    expect(after?.involved).toBe(false)
    expect(after?.involvements).toHaveLength(1)
  })

  it('lists interventions with partner and target, and refuses to delete a case a decision points at', async () => {
    const intervention = await call(setup.made.dispatch, 'intervention:create', {
      caseId: detail.id,
      values: newIntervention(setup.ref, {
        kind: 'fiscaal',
        subtype: 'naheffingsaanslag',
        partnerId: setup.ref.partner('Belastingdienst'),
        status: 'afgerond',
        startedOn: '2025-05-01',
        endedOn: '2025-07-01',
        amountCents: 1_234_500,
        result: 'Betaald.',
      }),
    })
    const page = await call(setup.made.dispatch, 'case:get', { id: detail.id })
    expect(page.interventions).toEqual([intervention])
    expect(intervention).toMatchObject({
      partner: { shortName: 'Belastingdienst' },
      subtypeLabel: 'Naheffingsaanslag',
      amountCents: 1_234_500,
      subject: null,
    })

    const before = await snapshot(setup.made.vault)
    const refused = await refuse(setup.made.dispatch, 'case:delete', { id: detail.id })
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message:
        'Over casus D-2025-001 zijn al besluiten genomen, dus hij blijft bewaard. Sluit de casus af met een besluit; na de bewaartermijn wordt hij verwijderd.',
    })
    expect(await snapshot(setup.made.vault)).toEqual(before)
  })

  it('deletes a case registered by mistake with everything that hangs on it', async () => {
    const mistake = await call(setup.made.dispatch, 'case:create', newCase(setup.ref, { alias: 'Vergissing' }))
    const { subjectId } = await call(setup.made.dispatch, 'case:link-subject', {
      caseId: mistake.id,
      openedOn: '2025-03-01',
      subject: { kind: 'persoon', name: 'Kees Kok', birthDate: null },
    })
    await call(setup.made.dispatch, 'intervention:create', { caseId: mistake.id, values: newIntervention(setup.ref) })
    await call(setup.made.dispatch, 'case:delete', { id: mistake.id })
    expect(await refuse(setup.made.dispatch, 'case:get', { id: mistake.id })).toMatchObject({ code: 'NOT_FOUND' })
    const db = setup.made.vault.db
    for (const table of [
      'case_summary',
      'case_phase',
      'case_theme',
      'case_gemeente',
      'involvement',
      'intervention',
    ] as const) {
      expect(await db.selectFrom(table).select('case_id').where('case_id', '=', mistake.id).execute()).toEqual([])
    }
    expect((await call(setup.made.dispatch, 'subject:get', { id: subjectId })).cases).toEqual([])
    expect(await refuse(setup.made.dispatch, 'case:delete', { id: mistake.id })).toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('the case list', () => {
  const none: Input<'case:list'>['filter'] = {
    phaseIds: [],
    themeIds: [],
    tableIds: [],
    kinds: [],
    gemeenteIds: [],
    text: '',
  }
  const list = (
    filter: Partial<typeof none>,
    by: Input<'case:list'>['sort']['by'] = 'code',
    direction: 'asc' | 'desc' = 'asc',
    offset = 0,
    limit = 100,
  ) =>
    call(setup.made.dispatch, 'case:list', { filter: { ...none, ...filter }, sort: { by, direction }, offset, limit })

  beforeAll(async () => {
    const add = (overrides: Parameters<typeof newCase>[1]) =>
      call(setup.made.dispatch, 'case:create', newCase(setup.ref, overrides))
    await add({
      alias: 'Alfa',
      tableId: setup.ref.table('F'),
      gemeenteIds: [setup.ref.gemeente('Leiden')],
      themeIds: [setup.ref.theme(DRUGS)],
    })
    await add({
      alias: 'Bravo',
      tableId: setup.ref.table('F'),
      gemeenteIds: [setup.ref.gemeente('Katwijk')],
      themeIds: [setup.ref.theme(VASTGOED)],
      kind: 'betekenisvol',
    })
    await add({
      alias: 'charlie',
      tableId: setup.ref.table('REG'),
      gemeenteIds: [setup.ref.gemeente('Leiden'), setup.ref.gemeente('Gouda')],
      themeIds: [setup.ref.theme(DRUGS), setup.ref.theme(VASTGOED)],
      kind: 'betekenisvol',
    })
    await add({
      alias: 'Delta Haven',
      tableId: setup.ref.table('ABC'),
      gemeenteIds: [setup.ref.gemeente('Den Haag')],
      themeIds: [],
    })
  })

  it('filters by phase, theme, table, kind, gemeente and text, and combines them', async () => {
    const aliases = async (filter: Partial<typeof none>) => (await list(filter, 'alias')).rows.map((row) => row.alias)
    expect(await aliases({ tableIds: [setup.ref.table('F')] })).toEqual(['Alfa', 'Bravo'])
    expect(await aliases({ kinds: ['betekenisvol'] })).toEqual(['Bravo', 'charlie'])
    expect(await aliases({ gemeenteIds: [setup.ref.gemeente('Leiden')] })).toEqual(['Alfa', 'charlie'])
    expect(
      await aliases({
        themeIds: [setup.ref.theme(VASTGOED)],
        tableIds: [setup.ref.table('F'), setup.ref.table('REG')],
      }),
    ).toEqual(['Bravo', 'charlie'])
    expect(await aliases({ phaseIds: [setup.ref.phase('analyse')] })).toEqual(['Stille Haven'])
    expect(await aliases({ phaseIds: [setup.ref.phase('signaal')], kinds: ['lokaal'] })).toEqual([
      'Alfa',
      'Delta Haven',
    ])
    expect(await aliases({ text: 'have' })).toEqual(['Delta Haven', 'Stille Haven'])
    expect(await aliases({ text: 'ABC-2025' })).toEqual(['Delta Haven'])
    expect(await aliases({ text: '!!!' })).toEqual([])
    expect(await aliases({ themeIds: ['geen-thema'] })).toEqual([])
  })

  it('sorts by code, alias, phase, table and last change, both ways', async () => {
    const codes = async (by: Input<'case:list'>['sort']['by'], direction: 'asc' | 'desc') =>
      (await list({}, by, direction)).rows.map((row) => row.code)
    expect(await codes('code', 'asc')).toEqual([
      'ABC-2025-001',
      'D-2025-001',
      'F-2025-001',
      'F-2025-002',
      'REG-2025-001',
    ])
    expect(await codes('code', 'desc')).toEqual([
      'REG-2025-001',
      'F-2025-002',
      'F-2025-001',
      'D-2025-001',
      'ABC-2025-001',
    ])
    expect((await list({}, 'alias')).rows.map((row) => row.alias)).toEqual([
      'Alfa',
      'Bravo',
      'charlie',
      'Delta Haven',
      'Stille Haven',
    ])
    expect((await codes('phase', 'desc'))[0]).toBe('D-2025-001')
    expect(await codes('table', 'asc')).toEqual([
      'ABC-2025-001',
      'D-2025-001',
      'F-2025-001',
      'F-2025-002',
      'REG-2025-001',
    ])
    expect((await codes('updated', 'desc'))[0]).toBe('ABC-2025-001')
  })

  it('pages with offset and limit and counts all matches', async () => {
    const first = await list({}, 'code', 'asc', 0, 2)
    const second = await list({}, 'code', 'asc', 2, 2)
    const beyond = await list({}, 'code', 'asc', 10, 2)
    expect([first.total, second.total, beyond.total]).toEqual([5, 5, 5])
    expect([...first.rows, ...second.rows].map((row) => row.code)).toEqual([
      'ABC-2025-001',
      'D-2025-001',
      'F-2025-001',
      'F-2025-002',
    ])
    expect(beyond.rows).toEqual([])
  })

  it('answers rows with everything a column shows', async () => {
    const [row] = (await list({ text: 'charlie' })).rows
    expect(row).toMatchObject({
      code: 'REG-2025-001',
      alias: 'charlie',
      kind: 'betekenisvol',
      table: { code: 'REG', name: 'Regionale OMT' },
      phase: { code: 'signaal' },
      phaseSince: '2025-03-01',
      themes: [{ name: VASTGOED }, { name: DRUGS }],
      gemeenten: [{ name: 'Gouda' }, { name: 'Leiden' }],
      leadPartner: { shortName: 'Gemeente' },
    })
  })

  it('keeps updates of a case in its list row and its page alike', async () => {
    const [row] = (await list({ text: 'bravo' })).rows
    if (!row) throw new Error('no Bravo')
    const page = await call(setup.made.dispatch, 'case:get', { id: row.id })
    const updated = await call(setup.made.dispatch, 'case:update', {
      id: row.id,
      values: {
        ...editable(page),
        alias: 'Bravo Twee',
        kind: 'lokaal',
        themeIds: [setup.ref.theme(DRUGS)],
        gemeenteIds: [],
      },
    })
    expect(updated).toMatchObject({ alias: 'Bravo Twee', kind: 'lokaal', themes: [{ name: DRUGS }], gemeenten: [] })
    const [listed] = (await list({ text: 'bravo twee' })).rows
    expect(listed).toMatchObject({
      alias: 'Bravo Twee',
      kind: 'lokaal',
      themes: [{ name: DRUGS }],
      gemeenten: [],
      updatedAt: updated.updatedAt,
    })
  })
})
