import { describe, expect, it } from 'vitest'
import { amountCell, medianCell, percentCell, suppressCounts } from '../../../../db/district-report/suppress'

const floors = { minCount: 5, minN: 10, minContributors: 3 }
const shown = (cells: { display: string }[][]) => cells.map((row) => row.map((cell) => cell.display))

describe('the small-number rule', () => {
  it('hides 1 to 4 and keeps 0 and 5', () => {
    expect(shown(suppressCounts([[0, 1, 4, 5, 1234]], null, floors))).toEqual([['0', '<5', '<5', '5', '1.234']])
  })

  it('hides the next smallest cell when a column has exactly one hidden cell and a total', () => {
    // Column 0: 3 is hidden; 7 is the next smallest, so 3 cannot be recomputed from the total 30.
    const cells = suppressCounts([[3], [7], [20], [30]], 3, floors)
    expect(shown(cells)).toEqual([['<5'], ['<5'], ['20'], ['30']])
    expect(cells[1]?.[0]?.value).toBeNull()
  })

  it('leaves a column alone when two cells are already hidden, or none', () => {
    expect(shown(suppressCounts([[3], [2], [20], [25]], 3, floors))).toEqual([['<5'], ['<5'], ['20'], ['25']])
    expect(shown(suppressCounts([[8], [9], [17]], 2, floors))).toEqual([['8'], ['9'], ['17']])
  })

  it('does not hide a zero as the second cell, and then the total itself is small', () => {
    expect(shown(suppressCounts([[3], [0], [3]], 2, floors))).toEqual([['<5'], ['0'], ['<5']])
  })

  it('applies the secondary rule per column', () => {
    expect(
      shown(
        suppressCounts(
          [
            [2, 6],
            [6, 6],
            [9, 9],
            [17, 21],
          ],
          3,
          floors,
        ),
      ),
    ).toEqual([
      ['<5', '6'],
      ['<5', '6'],
      ['9', '9'],
      ['17', '21'],
    ])
  })

  it('follows a raised threshold', () => {
    expect(shown(suppressCounts([[7, 10]], null, { minCount: 10 }))).toEqual([['<10', '10']])
  })
})

describe('medians, percentages and amounts', () => {
  it('shows a median with its spread only from n = 10', () => {
    expect(medianCell([1, 2, 3, 4, 5, 6, 7, 8, 9], floors).display).toBe('—')
    expect(medianCell([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], floors)).toEqual({ value: 55, display: '55 (33–78)' })
  })

  it('shows a percentage only from n = 10', () => {
    expect(percentCell(3, 9, floors)).toEqual({ value: null, display: '—' })
    expect(percentCell(4, 10, floors)).toEqual({ value: 40, display: '40%' })
  })

  it('rounds amounts to €1,000 and needs three contributing cases', () => {
    expect(amountCell(123_456_00, 2, floors)).toEqual({ value: null, display: '—' })
    expect(amountCell(123_456_00, 3, floors)).toEqual({ value: 123_000, display: '€\u00a0123.000' })
  })
})
