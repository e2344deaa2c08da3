/**
 * Chart colours. Every mark is at least 3:1 against the white chart ground
 * (WCAG 2.1 1.4.11, non-text contrast) and every text at least 4.5:1 (1.4.3).
 * Colour is never the only cue: the columns of a group stand in the legend's
 * order, the period is the last and darkest, and each mark carries its text.
 */
export const chartInk = {
  /** The period itself and the bars: the app's brand blue, 10.2:1. */
  period: '#154273',
  /** Labels and values, 17.2:1. */
  text: '#1b1b1b',
  /** Axis ticks and the legend's notes, 8.2:1. */
  muted: '#4f4f4f',
  /** The outline of a hidden value ("<5"), dashed, 8.2:1. */
  hidden: '#4f4f4f',
  /** Grid lines are reading aids, not information: lighter on purpose. */
  grid: '#d6d6d6',
  axis: '#6b6b6b',
} as const

/** The comparison half-years, oldest first: lighter the older, each still 3.4:1 or more on white. */
const comparisonShades = ['#6b8fb8', '#4a7db3', '#3d6fa3', '#2c5d8f'] as const

/** The fill per report column: the comparison half-years (lightest oldest), then the period in brand blue. */
export function columnFills(count: number): string[] {
  const comparisons = Math.max(0, count - 1)
  const shades = comparisonShades.slice(comparisonShades.length - Math.min(comparisons, comparisonShades.length))
  // More comparisons than shades (not in the contract's four, but never a crash): repeat the lightest.
  while (shades.length < comparisons) shades.unshift(comparisonShades[0])
  return count === 0 ? [] : [...shades, chartInk.period]
}
