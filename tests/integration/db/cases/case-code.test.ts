import { describe, expect, it } from 'vitest'
import { call, editable, newCase, refuse, snapshot } from '../../../support/case-fixtures'
import { useVault } from '../../../support/shared-vault'

const setup = useVault()

const create = async (overrides: Parameters<typeof newCase>[1] = {}) =>
  (await call(setup.made.dispatch, 'case:create', newCase(setup.ref, overrides))).code

describe('case codes', () => {
  it('numbers per table prefix and per year of registration', async () => {
    expect(await create()).toBe('D-2025-001')
    expect(await create()).toBe('D-2025-002')
    expect(await create({ registeredOn: '2024-12-31' })).toBe('D-2024-001')
    expect(await create({ tableId: setup.ref.table('F'), gemeenteIds: [setup.ref.gemeente('Leiden')] })).toBe(
      'F-2025-001',
    )
    expect(await create({ registeredOn: '2025-01-01' })).toBe('D-2025-003')
  })

  it('follows the prefix edited on the table, and the old series is kept', async () => {
    const tables = await call(setup.made.dispatch, 'reference:list', { kind: 'table', includeArchived: false })
    if (tables.kind !== 'table') throw new Error('expected tables')
    const d = tables.rows.find((row) => row.code === 'D')
    if (!d) throw new Error('no table D')
    await call(setup.made.dispatch, 'reference:update', { kind: 'table', id: d.id, values: { ...d, casePrefix: 'DW' } })
    expect(await create()).toBe('DW-2025-001')
    await call(setup.made.dispatch, 'reference:update', { kind: 'table', id: d.id, values: { ...d, casePrefix: 'D' } })
    expect(await create()).toBe('D-2025-004')
  })

  it('keeps a typed code and continues the series after it', async () => {
    expect(await create({ code: 'D-2025-010' })).toBe('D-2025-010')
    expect(await create()).toBe('D-2025-011')
    // An imported code of another year starts that year's series above it.
    expect(await create({ code: 'D-2023-041', registeredOn: '2023-05-01' })).toBe('D-2023-041')
    expect(await create({ registeredOn: '2023-06-01' })).toBe('D-2023-042')
  })

  it('never hands out the number of a deleted case again', async () => {
    const detail = await call(setup.made.dispatch, 'case:create', newCase(setup.ref, { registeredOn: '2022-02-02' }))
    expect(detail.code).toBe('D-2022-001')
    await call(setup.made.dispatch, 'case:delete', { id: detail.id })
    expect(await create({ registeredOn: '2022-03-03' })).toBe('D-2022-002')
  })

  it('refuses a duplicate code with a clear message and writes nothing', async () => {
    const before = await snapshot(setup.made.vault)
    for (const code of ['D-2025-001', 'd-2025-001']) {
      const error = await refuse(setup.made.dispatch, 'case:create', newCase(setup.ref, { code }))
      expect(error.code).toBe('CONFLICT')
      expect(error.message).toMatch(
        /^Casuscode d-2025-001 is al in gebruik bij casus ‘Stille Haven’\. Kies een andere code/iu,
      )
      expect(error.fields?.code).toBe(error.message)
    }
    expect(await snapshot(setup.made.vault)).toEqual(before)
  })

  it('refuses renaming a case to a code in use, and accepts its own code in another case', async () => {
    const detail = await call(setup.made.dispatch, 'case:create', newCase(setup.ref, { registeredOn: '2021-01-05' }))
    const before = await snapshot(setup.made.vault)
    const error = await refuse(setup.made.dispatch, 'case:update', {
      id: detail.id,
      values: { ...editable(detail), code: 'D-2025-002' },
    })
    expect(error).toMatchObject({
      code: 'CONFLICT',
      fields: { code: expect.stringContaining('D-2025-002 is al in gebruik') as string },
    })
    expect(await snapshot(setup.made.vault)).toEqual(before)
    const renamed = await call(setup.made.dispatch, 'case:update', {
      id: detail.id,
      values: { ...editable(detail), code: 'd-2021-001' },
    })
    expect(renamed.code).toBe('d-2021-001')
    const moved = await call(setup.made.dispatch, 'case:update', {
      id: detail.id,
      values: { ...editable(detail), code: 'D-2021-050' },
    })
    expect(moved.code).toBe('D-2021-050')
    expect(await create({ registeredOn: '2021-02-01' })).toBe('D-2021-051')
  })

  it('refuses a code that is not PREFIX-YEAR-NUMBER', async () => {
    for (const code of ['D2025014', 'D-25-014', 'D-2025-1', '', 'D-2025-014 ; DROP TABLE omt_case']) {
      const error = await refuse(setup.made.dispatch, 'case:create', newCase(setup.ref, { code }))
      expect(error).toMatchObject({
        code: 'VALIDATION',
        fields: { code: 'Gebruik de vorm PREFIX-JAAR-NUMMER, bijvoorbeeld D-2025-014.' },
      })
    }
  })
})
