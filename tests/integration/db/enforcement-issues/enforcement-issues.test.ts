import { beforeAll, describe, expect, it } from 'vitest'
import type { Input } from '../../../../shared/contract/index'
import { todayIso } from '../../../../shared/domain/iso-date'
import { call, refuse } from '../../../support/case-fixtures'
import { useVault } from '../../../support/shared-vault'

const setup = useVault()
let districts: Map<string, string>

beforeAll(async () => {
  const rows = await setup.made.vault.db.selectFrom('district').select(['id', 'code']).execute()
  districts = new Map(rows.map((row) => [row.code, row.id]))
})
const district = (code: string) => districts.get(code) ?? `no district ${code}`

const issue = (overrides: Partial<Input<'enforcement-issue:create'>> = {}): Input<'enforcement-issue:create'> => ({
  districtId: district('D'),
  name: 'Bedrijventerrein Harnaschpolder',
  designatedOn: '2024-02-01',
  planAdoptedOn: null,
  finishedOn: null,
  ...overrides,
})

describe('the handhavingsknelpunten register', () => {
  it('records an HHK through its stages, read from the dates, and lists regional ones first', async () => {
    const created = await call(setup.made.dispatch, 'enforcement-issue:create', issue({ name: '  Vakantieparken ' }))
    expect(created).toMatchObject({
      name: 'Vakantieparken',
      district: { code: 'D', name: 'Delft en Westland' },
      designatedOn: '2024-02-01',
      planAdoptedOn: null,
      finishedOn: null,
      stage: 'aangewezen',
    })
    const planned = await call(setup.made.dispatch, 'enforcement-issue:update', {
      id: created.id,
      values: issue({ name: 'Vakantieparken', planAdoptedOn: '2024-05-14' }),
    })
    expect(planned.stage).toBe('plan-vastgesteld')
    const finished = await call(setup.made.dispatch, 'enforcement-issue:update', {
      id: created.id,
      values: issue({ name: 'Vakantieparken', planAdoptedOn: '2024-05-14', finishedOn: '2025-11-30' }),
    })
    expect(finished).toMatchObject({ stage: 'afgerond', finishedOn: '2025-11-30', createdAt: created.createdAt })

    const regional = await call(
      setup.made.dispatch,
      'enforcement-issue:create',
      issue({ districtId: null, name: 'Drugsafval in het buitengebied', designatedOn: '2025-01-10' }),
    )
    expect(regional.district).toBeNull()
    const inAbc = await call(
      setup.made.dispatch,
      'enforcement-issue:create',
      issue({ districtId: district('ABC'), name: 'Shishalounges', designatedOn: '2023-03-03' }),
    )
    const { rows } = await call(setup.made.dispatch, 'enforcement-issue:list', {})
    expect(rows.map((row) => row.id)).toEqual([regional.id, inAbc.id, created.id])
    expect(rows[2]).toEqual(finished)
  })

  it('refuses dates out of order, in the future, and names too long or empty, with Dutch field messages', async () => {
    const cases: [Partial<Input<'enforcement-issue:create'>>, Record<string, string>][] = [
      [
        { planAdoptedOn: '2024-01-31' },
        { planAdoptedOn: 'Het plan van aanpak kan niet vóór de aanwijzing (01-02-2024) zijn vastgesteld.' },
      ],
      [
        { finishedOn: '2024-06-01' },
        {
          finishedOn: 'Een knelpunt is pas afgerond als het plan van aanpak is vastgesteld. Vul eerst die datum in.',
        },
      ],
      [
        { planAdoptedOn: '2024-03-01', finishedOn: '2024-02-28' },
        { finishedOn: 'Het knelpunt kan niet vóór het plan van aanpak (01-03-2024) zijn afgerond.' },
      ],
      [
        { designatedOn: `${String(Number(todayIso().slice(0, 4)) + 1)}-01-01` },
        { designatedOn: 'Deze datum ligt in de toekomst. Kies vandaag of een eerdere datum.' },
      ],
      [{ designatedOn: '2024-02-30' }, { designatedOn: 'Deze datum bestaat niet. Controleer de dag en de maand.' }],
      [
        { name: '   ' },
        { name: 'Vul de naam van het knelpunt in, bijvoorbeeld ‘Bedrijventerreinen’ of ‘Vakantieparken’.' },
      ],
      [{ name: 'x'.repeat(121) }, { name: 'Gebruik hoogstens 120 tekens voor de naam.' }],
    ]
    for (const [overrides, fields] of cases) {
      const refusal = await refuse(setup.made.dispatch, 'enforcement-issue:create', issue(overrides))
      expect(refusal.code, JSON.stringify(overrides)).toBe('VALIDATION')
      expect(refusal.fields, JSON.stringify(overrides)).toEqual(fields)
    }
    // Exactly 120 characters and a plan on the day of designation are fine.
    const edge = await call(
      setup.made.dispatch,
      'enforcement-issue:create',
      issue({ name: 'y'.repeat(120), planAdoptedOn: '2024-02-01', finishedOn: '2024-02-01' }),
    )
    expect(edge.stage).toBe('afgerond')
    await call(setup.made.dispatch, 'enforcement-issue:delete', { id: edge.id })
  })

  it('needs a district that exists; an archived one only where the HHK already belongs to it', async () => {
    const unknown = await refuse(
      setup.made.dispatch,
      'enforcement-issue:create',
      issue({ districtId: 'geen-district' }),
    )
    expect(unknown.fields).toEqual({
      districtId: 'Dit district bestaat niet (meer). Kies een district uit de lijst, of ‘Regionaal’.',
    })
    const inG = await call(setup.made.dispatch, 'enforcement-issue:create', issue({ districtId: district('G') }))
    await call(setup.made.dispatch, 'reference:archive', { kind: 'district', id: district('G'), archived: true })
    try {
      const archived = await refuse(
        setup.made.dispatch,
        'enforcement-issue:create',
        issue({ districtId: district('G') }),
      )
      expect(archived.fields).toEqual({
        districtId: 'Dit district is gearchiveerd. Kies een actief district, of ‘Regionaal’.',
      })
      const kept = await call(setup.made.dispatch, 'enforcement-issue:update', {
        id: inG.id,
        values: issue({ districtId: district('G'), planAdoptedOn: '2024-04-01' }),
      })
      expect(kept).toMatchObject({ district: { code: 'G' }, stage: 'plan-vastgesteld' })
      const moved = await refuse(setup.made.dispatch, 'enforcement-issue:update', {
        id: inG.id,
        values: issue({ districtId: 'geen-district' }),
      })
      expect(moved.fields).toMatchObject({ districtId: expect.stringMatching(/^Dit district bestaat niet/u) as string })
    } finally {
      await call(setup.made.dispatch, 'reference:archive', { kind: 'district', id: district('G'), archived: false })
    }
  })

  it('deletes an HHK recorded by mistake, and says so when it is already gone', async () => {
    const mistake = await call(setup.made.dispatch, 'enforcement-issue:create', issue({ name: 'Per ongeluk' }))
    expect(await call(setup.made.dispatch, 'enforcement-issue:delete', { id: mistake.id })).toEqual({ id: mistake.id })
    const { rows } = await call(setup.made.dispatch, 'enforcement-issue:list', {})
    expect(rows.map((row) => row.id)).not.toContain(mistake.id)
    const gone = await refuse(setup.made.dispatch, 'enforcement-issue:delete', { id: mistake.id })
    expect(gone).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Dit handhavingsknelpunt bestaat niet (meer). Ververs de lijst.',
    })
    const update = await refuse(setup.made.dispatch, 'enforcement-issue:update', { id: mistake.id, values: issue() })
    expect(update.code).toBe('NOT_FOUND')
  })
})
