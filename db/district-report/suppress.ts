import type { Cell } from '../../shared/contract/district-report.contract'
import type { SuppressionThresholds } from '../../shared/domain/report-period'

/**
 * The small-number rule, applied in the vault before a figure goes anywhere:
 * the screen, the notes, the PDF, the exports and the package only ever see
 * these cells.
 */
export const HIDDEN_COUNT = '<5'
export const NOT_SHOWN = '—'

const dutchInteger = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })

export const formatCount = (value: number) => dutchInteger.format(value)

function hiddenLabel(minCount: number): string {
  return minCount === 5 ? HIDDEN_COUNT : `<${String(minCount)}`
}

/**
 * Counts of a table, rows × columns. Primary: 1 up to the threshold shows as
 * "<5" (0 stays 0). Secondary, where a total row makes the others
 * recomputable: in every column where exactly one of the other rows is
 * hidden, the smallest shown row is hidden too. (If all other rows are 0, the
 * hidden one equals the total, which is then below the threshold and hidden
 * itself.)
 */
export function suppressCounts(
  counts: readonly (readonly number[])[],
  totalRow: number | null,
  thresholds: Pick<SuppressionThresholds, 'minCount'>,
): Cell[][] {
  const hidden = counts.map((row) => row.map((value) => value > 0 && value < thresholds.minCount))
  if (totalRow !== null) {
    const columns = counts[0]?.length ?? 0
    for (let column = 0; column < columns; column++) {
      const others = counts.map((_, row) => row).filter((row) => row !== totalRow)
      const hiddenOthers = others.filter((row) => hidden[row]?.[column])
      if (hiddenOthers.length !== 1) continue
      const next = others
        .filter((row) => !hidden[row]?.[column])
        .sort((a, b) => (counts[a]?.[column] ?? 0) - (counts[b]?.[column] ?? 0) || a - b)
        .find((row) => (counts[row]?.[column] ?? 0) > 0)
      const flags = next === undefined ? undefined : hidden[next]
      if (flags) flags[column] = true
    }
  }
  return counts.map((row, r) =>
    row.map((value, c) =>
      hidden[r]?.[c]
        ? { value: null, display: hiddenLabel(thresholds.minCount) }
        : { value, display: formatCount(value) },
    ),
  )
}

/** A percentage of n cases, shown only when n reaches the threshold. */
export function percentCell(part: number, n: number, thresholds: Pick<SuppressionThresholds, 'minN'>): Cell {
  if (n < thresholds.minN || n === 0) return { value: null, display: NOT_SHOWN }
  const value = Math.round((part / n) * 100)
  return { value, display: `${String(value)}%` }
}

/** The median of a list of day counts with its spread (25th–75th percentile), shown only from n cases on. */
export function medianCell(days: readonly number[], thresholds: Pick<SuppressionThresholds, 'minN'>): Cell {
  if (days.length < thresholds.minN || days.length === 0) return { value: null, display: NOT_SHOWN }
  const sorted = [...days].sort((a, b) => a - b)
  const [p25, median, p75] = [0.25, 0.5, 0.75].map((q) => Math.round(quantile(sorted, q)))
  return {
    value: median ?? 0,
    display: `${formatCount(median ?? 0)} (${formatCount(p25 ?? 0)}–${formatCount(p75 ?? 0)})`,
  }
}

/** Linear interpolation between closest ranks (type 7, as R and spreadsheets use). */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const lower = sorted[below] ?? 0
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower
  return lower + (upper - lower) * (position - below)
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })

/** An amount in cents, shown rounded to €1,000 and only when enough cases contribute to it. */
export function amountCell(
  cents: number,
  contributors: number,
  thresholds: Pick<SuppressionThresholds, 'minContributors'>,
): Cell {
  if (contributors < thresholds.minContributors) return { value: null, display: NOT_SHOWN }
  const value = Math.round(cents / 100 / 1000) * 1000
  return { value, display: euro.format(value) }
}
