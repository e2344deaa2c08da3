import type { Cell, Figure, FigureRow } from '../../../../shared/contract/district-report.contract'

/** One drawn mark: a bar or a column, with the text the report prints for it. */
export interface ChartMark {
  key: string
  /** What the mark is of: the row's label (with its group), or the column's half-year. */
  label: string
  /** Null when the small-number rule hid the value: drawn as an empty outline, never as 0. */
  value: number | null
  display: string
}

/** A row's label as a chart shows it, with its group when the table has groups ("Drugs (lokaal)"). */
export function rowLabel(row: Pick<FigureRow, 'label' | 'group'>): string {
  return row.group ? `${row.label} (${row.group.toLocaleLowerCase('nl-NL')})` : row.label
}

/** The rows a chart draws: the total row is left out, since it would dwarf the rows that add up to it. */
export function chartedRows(figure: Pick<Figure, 'rows'>): FigureRow[] {
  return figure.rows.filter((row) => !row.total)
}

const markOf = (key: string, label: string, cell: Cell | undefined): ChartMark => ({
  key,
  label,
  value: cell?.value ?? null,
  display: cell?.display ?? '—',
})

/** 'bars': one bar per row, of the report's last column (the period itself). */
export function periodMarks(figure: Pick<Figure, 'rows'>): ChartMark[] {
  return chartedRows(figure).map((row) => markOf(row.key, rowLabel(row), row.cells[row.cells.length - 1]))
}

/** 'columns-over-time': per row, one column per report column (the comparison half-years, then the period). */
export function columnMarks(figure: Pick<Figure, 'rows'>, columnLabels: readonly string[]): ChartMark[][] {
  return chartedRows(figure).map((row) =>
    columnLabels.map((label, index) => markOf(`${row.key}:${String(index)}`, label, row.cells[index])),
  )
}

/** The top of the value axis: the largest shown value, and never 0 (a scale from 0 to 0 draws nothing). */
export function valueCeiling(marks: readonly ChartMark[]): number {
  const shown = marks.map((mark) => mark.value).filter((value): value is number => value !== null)
  return Math.max(1, ...shown)
}
