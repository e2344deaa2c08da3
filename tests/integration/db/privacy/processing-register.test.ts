import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { processingActivityIds } from '../../../../shared/contract/processing'
import type { Input } from '../../../../shared/contract/index'
import { call, refuse } from '../../../support/case-fixtures'
import { tempVault, type TempVault } from '../../../support/temp-vault'

let made: TempVault
beforeAll(async () => {
  made = await tempVault()
})
afterAll(() => made.cleanup())

const valuesOf = (activity: Input<'processing-register:update'>['values']) => ({
  name: activity.name,
  purpose: activity.purpose,
  legalBasis: activity.legalBasis,
  dataCategories: activity.dataCategories,
  subjectCategories: activity.subjectCategories,
  retention: activity.retention,
  recipients: activity.recipients,
})

describe('the processing register', () => {
  it('lists the eight default activities, each at version 1', async () => {
    const { activities } = await call(made.dispatch, 'processing-register:list', {})
    expect(activities.map((activity) => activity.id)).toEqual([...processingActivityIds])
    expect(activities.every((activity) => activity.version === 1 && activity.versionCount === 1)).toBe(true)
    expect(activities.find((activity) => activity.id === 'inzageverzoek')?.name).toBe('Inzageverzoek afhandelen')
  })

  it('an update adds a version; the list shows the latest, the history every version', async () => {
    const { activities } = await call(made.dispatch, 'processing-register:list', {})
    const first = activities.find((activity) => activity.id === 'vastleggen-besluit')
    if (!first) throw new Error('no vastleggen-besluit')
    const updated = await call(made.dispatch, 'processing-register:update', {
      id: 'vastleggen-besluit',
      version: 1,
      values: { ...valuesOf(first), legalBasis: 'Wgs art. 2.3, met het convenant RIEC Rotterdam 2025.' },
    })
    expect(updated.version).toBe(2)
    const list = await call(made.dispatch, 'processing-register:list', {})
    expect(list.activities.find((activity) => activity.id === 'vastleggen-besluit')).toMatchObject({
      version: 2,
      versionCount: 2,
      legalBasis: 'Wgs art. 2.3, met het convenant RIEC Rotterdam 2025.',
    })
    const { versions } = await call(made.dispatch, 'processing-register:history', { id: 'vastleggen-besluit' })
    expect(versions.map((version) => version.version)).toEqual([2, 1])
    expect(versions[1]?.legalBasis).toBe(first.legalBasis)
  })

  it('an unchanged form adds no version', async () => {
    const { activities } = await call(made.dispatch, 'processing-register:list', {})
    const current = activities.find((activity) => activity.id === 'toezicht')
    if (!current) throw new Error('no toezicht')
    const answer = await call(made.dispatch, 'processing-register:update', {
      id: 'toezicht',
      version: current.version,
      values: valuesOf(current),
    })
    expect(answer.version).toBe(current.version)
    expect((await call(made.dispatch, 'processing-register:history', { id: 'toezicht' })).versions).toHaveLength(1)
  })

  it('refuses in Dutch an empty field, a stale version and an unknown activity, and adds nothing', async () => {
    const { activities } = await call(made.dispatch, 'processing-register:list', {})
    const current = activities.find((activity) => activity.id === 'casusregistratie')
    if (!current) throw new Error('no casusregistratie')
    const empty = await refuse(made.dispatch, 'processing-register:update', {
      id: 'casusregistratie',
      version: current.version,
      values: { ...valuesOf(current), legalBasis: '   ' },
    })
    expect(empty).toMatchObject({ code: 'VALIDATION', fields: { legalBasis: 'Vul de grondslag in.' } })
    const stale = await refuse(made.dispatch, 'processing-register:update', {
      id: 'casusregistratie',
      version: current.version + 1,
      values: { ...valuesOf(current), purpose: 'Iets anders.' },
    })
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toContain('intussen gewijzigd')
    const unknown = await refuse(made.dispatch, 'processing-register:history', { id: 'onbekend' })
    expect(unknown.code).toBe('VALIDATION')
    expect(
      (await call(made.dispatch, 'processing-register:history', { id: 'casusregistratie' })).versions,
    ).toHaveLength(1)
  })

  it('the table refuses UPDATE and DELETE: a version is never overwritten', async () => {
    await expect(
      made.vault.db.updateTable('processing_activity').set({ name: 'x' }).where('id', '=', 'toezicht').execute(),
    ).rejects.toThrow(/append-only/u)
    await expect(made.vault.db.deleteFrom('processing_activity').execute()).rejects.toThrow(/append-only/u)
  })
})
