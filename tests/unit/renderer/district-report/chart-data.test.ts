import { describe, expect, test } from 'vitest'
import type { Figure } from '../../../../shared/contract/district-report.contract'
import { axisTick } from '../../../../renderer/src/district-report/charts/axis-format'
import {
  chartedRows,
  columnMarks,
  periodMarks,
  rowLabel,
  valueCeiling,
} from '../../../../renderer/src/district-report/charts/chart-data'
import { fittingFontSize, fitsIn, wrapLabel } from '../../../../renderer/src/district-report/charts/text-fit'

const cell = (value: number | null, display = value === null ? '<5' : String(value)) => ({ value, display })
const figure: Pick<Figure, 'rows'> = {
  rows: [
    { key: 'pol', label: 'Politie', group: null, total: false, cells: [cell(12), cell(18)] },
    { key: 'drugs', label: 'Drugs', group: 'Lokaal', total: false, cells: [cell(null), cell(0)] },
    { key: 'nla', label: 'NLA', group: null, total: false, cells: [cell(7), cell(null)] },
    { key: 'tot', label: 'Totaal', group: null, total: true, cells: [cell(22), cell(21)] },
  ],
}

describe('chart data', () => {
  test('the total row is never charted: it would dwarf the rows that add up to it', () => {
    expect(chartedRows(figure).map((row) => row.key)).toEqual(['pol', 'drugs', 'nla'])
  })

  test('bars take the last column (the period), and a hidden value stays null with its text, not 0', () => {
    expect(periodMarks(figure)).toEqual([
      { key: 'pol', label: 'Politie', value: 18, display: '18' },
      { key: 'drugs', label: 'Drugs (lokaal)', value: 0, display: '0' },
      { key: 'nla', label: 'NLA', value: null, display: '<5' },
    ])
  })

  test('columns over time: one mark per report column, in the report order, per charted row', () => {
    const marks = columnMarks(figure, ['2025 H2', '2026 H1'])
    expect(marks).toHaveLength(3)
    expect(marks[1]).toEqual([
      { key: 'drugs:0', label: '2025 H2', value: null, display: '<5' },
      { key: 'drugs:1', label: '2026 H1', value: 0, display: '0' },
    ])
  })

  test('a missing cell reads as "—", never as a number', () => {
    expect(columnMarks(figure, ['a', 'b', 'c'])[0]?.[2]).toEqual({
      key: 'pol:2',
      label: 'c',
      value: null,
      display: '—',
    })
  })

  test('the value axis reaches the largest shown value, and is never 0 wide', () => {
    expect(valueCeiling(periodMarks(figure))).toBe(18)
    expect(valueCeiling([{ key: 'x', label: 'x', value: null, display: '<5' }])).toBe(1)
    expect(valueCeiling([{ key: 'x', label: 'x', value: 0, display: '0' }])).toBe(1)
  })

  test('a group goes into the label in lower case', () => {
    expect(rowLabel({ label: 'Mensenhandel', group: 'Betekenisvol' })).toBe('Mensenhandel (betekenisvol)')
  })
})

describe('axis ticks in Dutch notation', () => {
  test.each([
    [1500, 'aantal', '1.500'],
    [40, 'procent', '40%'],
    [125000, 'euro', '€ 125.000'],
    [30, 'dagen', '30'],
  ] as const)('%d %s', (value, unit, text) => {
    expect(axisTick(value, unit).replace(/\s/gu, ' ')).toBe(text)
  })
})

describe('labels wrapped to the room they have', () => {
  test('words stay whole while they fit', () => {
    expect(wrapLabel('Nederlandse Arbeidsinspectie', 140, 14)).toEqual(['Nederlandse', 'Arbeidsinspectie'])
  })

  test('what does not fit in the lines allowed ends in an ellipsis', () => {
    const lines = wrapLabel('Fraude of misbruik in de vastgoedsector en daarbuiten', 80, 14, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]?.endsWith('…')).toBe(true)
  })

  test('a short label is one line', () => {
    expect(wrapLabel('Politie', 200, 14)).toEqual(['Politie'])
  })
})

describe('a font size at which every label fits uncut', () => {
  const labels = [
    'Georganiseerde drugscriminaliteit (lokale casus)',
    'Georganiseerde drugscriminaliteit (betekenisvolle casus)',
  ]

  test('labels that differ only at their end get a size that shows the end', () => {
    const size = fittingFontSize(labels, 300, 2, 17, 11)
    expect(size).toBeLessThanOrEqual(17)
    for (const label of labels) expect(fitsIn(label, 300, size, 2)).toBe(true)
    const lines = labels.map((label) => wrapLabel(label, 300, size, 2).join(' '))
    expect(lines).toEqual(labels)
  })

  test('the largest size when it fits, the smallest when nothing does', () => {
    expect(fittingFontSize(['Politie'], 300, 1, 17, 11)).toBe(17)
    expect(fittingFontSize(['Een heel erg lang label dat nergens past'], 40, 1, 17, 11)).toBe(11)
  })
})
