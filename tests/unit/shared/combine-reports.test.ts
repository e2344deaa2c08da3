import { describe, expect, test } from 'vitest'
import type { Cell, DistrictReport, Figure } from '../../../shared/contract/district-report.contract'
import { combineReports, regionTotal } from '../../../shared/domain/combine-reports'

const shown = (value: number, display = String(value)): Cell => ({ value, display })
const hidden = (display = '<5'): Cell => ({ value: null, display })

const figure = (id: string, unit: Figure['unit'], rows: [string, Cell][]): Figure => ({
  id,
  title: `Figuur ${id}`,
  summary: '',
  unit,
  note: null,
  // The earlier half-year comes first; the period's cell is the last.
  rows: rows.map(([key, cell]) => ({
    key,
    label: key,
    group: null,
    total: key === 'totaal',
    cells: [shown(99), cell],
  })),
})

const report = (districtId: string, figures: Figure[], period = { from: '2026-01-01', to: '2026-06-30' }) =>
  ({
    scope: { kind: 'district', districtId },
    scopeLabel: `District ${districtId}`,
    period: { ...period, label: '2026 H1' },
    columns: [
      { from: '2025-07-01', to: '2025-12-31', label: '2025 H2' },
      { ...period, label: '2026 H1' },
    ],
    thresholds: { minCount: 5, minN: 10, minContributors: 3 },
    generatedAt: '2026-07-02T10:00:00Z',
    empty: false,
    disclaimer: 'Cijfers zijn indicatief.',
    figures,
    slides: [],
    notes: {},
  }) satisfies DistrictReport

describe('combineReports', () => {
  test('shows each district’s period value side by side and adds up a fully shown row', () => {
    const result = combineReports([
      report('D', [figure('signalen', 'aantal', [['politie', shown(12)]])]),
      report('F', [figure('signalen', 'aantal', [['politie', shown(1234, '1.234')]])]),
    ])
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.combined.districts).toEqual(['District D', 'District F'])
    expect(result.combined.periodLabel).toBe('2026 H1')
    const [row] = result.combined.figures[0]?.rows ?? []
    expect(row?.cells).toEqual([shown(12), shown(1234, '1.234')])
    expect(row?.regionTotal).toEqual({ value: 1246, display: '1.246' })
  })

  test('a hidden cell in any district makes the total a lower bound from the shown values only', () => {
    const result = combineReports([
      report('D', [figure('signalen', 'aantal', [['fiod', hidden()]])]),
      report('E', [figure('signalen', 'aantal', [['fiod', shown(7)]])]),
      report('F', [figure('signalen', 'aantal', [['fiod', shown(9)]])]),
    ])
    if (!result.ok) throw new Error(result.message)
    const [row] = result.combined.figures[0]?.rows ?? []
    expect(row?.cells[0]).toEqual(hidden())
    // Never 16 + something: the hidden count stays unknown, and the bound cannot be charted as a value.
    expect(row?.regionTotal).toEqual({ value: null, display: '≥ 16' })
  })

  test('a district without the row counts as not shown, not as zero', () => {
    const result = combineReports([
      report('D', [figure('signalen', 'aantal', [['kmar', shown(6)]])]),
      report('E', [figure('signalen', 'aantal', [])]),
    ])
    if (!result.ok) throw new Error(result.message)
    const [row] = result.combined.figures[0]?.rows ?? []
    expect(row?.cells).toEqual([shown(6), null])
    expect(row?.regionTotal?.display).toBe('≥ 6')
  })

  test('medians, percentages and statuses stay per district: no total', () => {
    const result = combineReports([
      report('D', [
        figure('doorlooptijd', 'dagen', [['mediaan', shown(40)]]),
        figure('aandeel', 'procent', [['x', shown(50)]]),
      ]),
      report('E', [
        figure('doorlooptijd', 'dagen', [['mediaan', shown(60)]]),
        figure('aandeel', 'procent', [['x', shown(30)]]),
      ]),
    ])
    if (!result.ok) throw new Error(result.message)
    for (const combined of result.combined.figures) expect(combined.rows[0]?.regionTotal).toBeNull()
    expect(result.combined.figures[0]?.rows[0]?.cells).toEqual([shown(40), shown(60)])
  })

  test('amounts add up in euros, with the same lower bound when one is hidden', () => {
    const euros = (cell: Cell) => figure('bedragen', 'euro', [['beslag', cell]])
    const full = combineReports([report('D', [euros(shown(125000))]), report('E', [euros(shown(3000))])])
    const partial = combineReports([report('D', [euros(shown(125000))]), report('E', [euros(hidden('—'))])])
    if (!full.ok || !partial.ok) throw new Error('refused')
    expect(full.combined.figures[0]?.rows[0]?.regionTotal).toEqual({ value: 128000, display: '€\u00a0128.000' })
    expect(partial.combined.figures[0]?.rows[0]?.regionTotal).toEqual({ value: null, display: '≥ €\u00a0125.000' })
  })

  test('refuses one file, a repeated district, different periods and a regional or table report, in Dutch', () => {
    const d = report('D', [])
    expect(combineReports([d])).toMatchObject({
      ok: false,
      message: expect.stringContaining('minstens twee') as unknown,
    })
    expect(combineReports([d, report('D', [])])).toMatchObject({
      ok: false,
      message: expect.stringContaining('hetzelfde district') as unknown,
    })
    expect(combineReports([d, report('E', [], { from: '2025-07-01', to: '2025-12-31' })])).toMatchObject({
      ok: false,
      message: expect.stringContaining('dezelfde periode') as unknown,
    })
    expect(combineReports([d, { ...report('E', []), scope: { kind: 'regio' } }])).toMatchObject({
      ok: false,
      message: expect.stringContaining('één district') as unknown,
    })
  })
})

describe('regionTotal', () => {
  test('zero is a shown value; only counts and amounts are added', () => {
    expect(regionTotal([shown(0), shown(0)], 'aantal')).toEqual({ value: 0, display: '0' })
    expect(regionTotal([shown(0), hidden()], 'aantal')).toEqual({ value: null, display: '≥ 0' })
    expect(regionTotal([shown(3)], 'status')).toBeNull()
  })
})
