import { describe, expect, it } from 'vitest'
import { addYears, todayIso } from '../../../../shared/domain/iso-date'
import { call, refuse } from '../../../support/case-fixtures'
import { planReportWorld, writeReportWorld } from '../../../support/report-world'
import { useVault } from '../../../support/shared-vault'

const shared = useVault()
const H1 = { from: '2026-01-01', to: '2026-06-30' }

describe('districtReport channels', () => {
  it('offer the region, every district and table, and the last full half-year', async () => {
    const options = await call(shared.made.dispatch, 'districtReport:options', {})
    expect(options.scopes[0]).toEqual({ scope: { kind: 'regio' }, label: 'Hele regio' })
    expect(options.scopes.filter((s) => s.scope.kind === 'district')).toHaveLength(5)
    expect(options.scopes.filter((s) => s.scope.kind === 'tafel')).toHaveLength(6)
    expect(options.defaultPeriod.to < todayIso()).toBe(true)
    expect(options.thresholds).toEqual({ minCount: 5, minN: 10, minContributors: 3 })
  })

  it('answer an empty vault with an honest empty report', async () => {
    const report = await call(shared.made.dispatch, 'districtReport:get', { scope: { kind: 'regio' }, period: H1 })
    expect(report.empty).toBe(true)
    expect(report.columns).toEqual([{ ...H1, label: '2026 H1' }])
    expect(report.figures.find((f) => f.id === 'signalen-per-partner')?.rows).toEqual([
      { key: 'totaal', label: 'Totaal', group: null, total: true, cells: [{ value: 0, display: '0' }] },
    ])
  })

  it('refuse a period that ends before it starts, lies in the future, or a scope that does not exist', async () => {
    const backwards = await refuse(shared.made.dispatch, 'districtReport:get', {
      scope: { kind: 'regio' },
      period: { from: '2026-06-30', to: '2026-01-01' },
    })
    expect(backwards.fields).toEqual({ 'period.to': 'De einddatum ligt vóór de begindatum.' })
    const next = addYears(todayIso(), 1)
    const future = await refuse(shared.made.dispatch, 'districtReport:get', {
      scope: { kind: 'regio' },
      period: { from: next, to: addYears(next, 1) },
    })
    expect(future.fields?.['period.from']).toContain('toekomst')
    const unknown = await refuse(shared.made.dispatch, 'districtReport:get', {
      scope: { kind: 'district', districtId: crypto.randomUUID() },
      period: H1,
    })
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'Dit district of deze tafel bestaat niet (meer).' })
  })

  it('keep speaker notes with their report, per slide, and drop an emptied note', async () => {
    const scope = { kind: 'regio' } as const
    await call(shared.made.dispatch, 'districtReport:saveNote', {
      scope,
      period: H1,
      slideId: 'signalen',
      text: 'Noem de stijging.',
    })
    await call(shared.made.dispatch, 'districtReport:saveNote', { scope, period: H1, slideId: 'titel', text: 'Welkom' })
    await call(shared.made.dispatch, 'districtReport:saveNote', { scope, period: H1, slideId: 'titel', text: '  ' })
    const report = await call(shared.made.dispatch, 'districtReport:get', { scope, period: H1 })
    expect(report.notes).toEqual({ signalen: 'Noem de stijging.' })
    const other = await call(shared.made.dispatch, 'districtReport:get', {
      scope,
      period: { from: '2025-07-01', to: '2025-12-31' },
    })
    expect(other.notes).toEqual({})
  })

  it('refuse thresholds below the floors and apply raised ones to every figure', async () => {
    const low = await refuse(shared.made.dispatch, 'districtReport:thresholds', {
      minCount: 4,
      minN: 10,
      minContributors: 3,
    })
    expect(low.fields).toEqual({ minCount: 'Kies minstens 5.' })
    await writeReportWorld(shared.made, planReportWorld(3, 60))
    const before = await call(shared.made.dispatch, 'districtReport:get', { scope: { kind: 'regio' }, period: H1 })
    const displays = (report: typeof before) =>
      report.figures.flatMap((f) => (f.unit === 'aantal' ? f.rows.flatMap((r) => r.cells.map((c) => c.display)) : []))
    expect(displays(before)).toContain('<5')
    expect(displays(before).filter((d) => /^[5-9]$/u.test(d)).length).toBeGreaterThan(0)
    const saved = await call(shared.made.dispatch, 'districtReport:thresholds', {
      minCount: 10,
      minN: 10,
      minContributors: 3,
    })
    expect(saved.minCount).toBe(10)
    const after = await call(shared.made.dispatch, 'districtReport:get', { scope: { kind: 'regio' }, period: H1 })
    expect(displays(after).filter((d) => /^[1-9]$/u.test(d))).toEqual([])
    expect(displays(after)).toContain('<10')
    expect(after.thresholds.minCount).toBe(10)
  })
})
