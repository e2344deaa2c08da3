import { describe, expect, test } from 'vitest'
import { chartInk, columnFills } from '../../../../renderer/src/district-report/charts/chart-colours'

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}
const WHITE = '#ffffff'

describe('chart colours meet WCAG 2.1 AA on the white chart ground', () => {
  test('every column fill, for one to five columns, is at least 3:1 (non-text contrast)', () => {
    for (let count = 1; count <= 6; count++)
      for (const fill of columnFills(count)) expect(contrast(fill, WHITE)).toBeGreaterThanOrEqual(3)
  })

  test('texts are at least 4.5:1, the hidden value’s outline at least 3:1', () => {
    for (const ink of [chartInk.text, chartInk.muted]) expect(contrast(ink, WHITE)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(chartInk.hidden, WHITE)).toBeGreaterThanOrEqual(3)
    expect(contrast(chartInk.period, WHITE)).toBeGreaterThanOrEqual(4.5)
  })

  test('the period is always the last and the brand blue; older half-years are lighter', () => {
    const fills = columnFills(5)
    expect(fills).toHaveLength(5)
    expect(fills[4]).toBe(chartInk.period)
    const luminances = fills.map(luminance)
    for (let index = 1; index < luminances.length; index++)
      expect(luminances[index]).toBeLessThan(luminances[index - 1] ?? 0)
    expect(columnFills(1)).toEqual([chartInk.period])
    expect(columnFills(0)).toEqual([])
  })
})
