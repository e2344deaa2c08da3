import type { Figure, ReportColumn } from '../../../shared/contract/district-report.contract'
import type { SuppressionThresholds } from '../../../shared/domain/report-period'
import type { CaseTimeline } from '../case-timeline'
import type { ReportFacts, ReportLabels } from '../report-facts.queries'
import { suppressCounts } from '../suppress'

/** What every figure is computed from. */
export interface FigureContext {
  columns: ReportColumn[]
  /** The chosen period: the last column. */
  period: ReportColumn
  timelines: CaseTimeline[]
  facts: ReportFacts
  labels: ReportLabels
  thresholds: SuppressionThresholds
}

export const within = (date: string | null | undefined, column: ReportColumn) =>
  date !== null && date !== undefined && date >= column.from && date <= column.to

export interface CountRow {
  key: string
  label: string
  group?: string
  counts: number[]
}

/**
 * A table of counts through the small-number rule. `total` adds a row that
 * sums the others (and makes the secondary rule apply); rows that are 0 in
 * every column are dropped when `dropEmpty`, so a partner without signals is
 * not listed.
 */
export function countFigure(options: {
  id: string
  title: string
  rows: CountRow[]
  total: string | null
  dropEmpty: boolean
  context: FigureContext
  summary: (shown: Figure['rows']) => string
  note?: string
}): Figure {
  const rows = options.dropEmpty ? options.rows.filter((row) => row.counts.some((count) => count > 0)) : options.rows
  const columns = options.context.columns.length
  const all: CountRow[] = options.total
    ? [
        ...rows,
        {
          key: 'totaal',
          label: options.total,
          counts: Array.from({ length: columns }, (_, c) => rows.reduce((sum, row) => sum + (row.counts[c] ?? 0), 0)),
        },
      ]
    : rows
  const cells = suppressCounts(
    all.map((row) => row.counts),
    options.total ? all.length - 1 : null,
    options.context.thresholds,
  )
  const shown = all.map((row, index) => ({
    key: row.key,
    label: row.label,
    group: row.group ?? null,
    cells: cells[index] ?? [],
    total: options.total !== null && index === all.length - 1,
  }))
  return {
    id: options.id,
    title: options.title,
    unit: 'aantal',
    rows: shown,
    summary: options.summary(shown),
    note: options.note ?? null,
  }
}

/** Counts per column of the items for which `key` names a row. */
export function tally<T>(
  items: readonly T[],
  columns: readonly ReportColumn[],
  dateOf: (item: T) => string | null,
  keyOf: (item: T) => string | null,
): Map<string, number[]> {
  const counts = new Map<string, number[]>()
  for (const item of items) {
    const date = dateOf(item)
    const key = keyOf(item)
    if (key === null) continue
    columns.forEach((column, index) => {
      if (!within(date, column)) return
      const row = counts.get(key) ?? columns.map(() => 0)
      row[index] = (row[index] ?? 0) + 1
      counts.set(key, row)
    })
  }
  return counts
}

/** The last column's shown text of a row, for summaries. */
export const lastShown = (row: Figure['rows'][number] | undefined) => row?.cells.at(-1)?.display ?? '0'

/** The row with the largest shown value in the last column, totals left out. */
export function largestShown(rows: Figure['rows']): Figure['rows'][number] | null {
  let best: Figure['rows'][number] | null = null
  for (const row of rows) {
    if (row.total) continue
    const value = row.cells.at(-1)?.value
    if (value === null || value === undefined || value === 0) continue
    if (!best || value > (best.cells.at(-1)?.value ?? 0)) best = row
  }
  return best
}
