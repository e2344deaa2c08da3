import type { FigureRow } from '../../../../shared/contract/district-report.contract'
import type { DistrictReport, Figure } from '../../../../shared/contract/district-report.contract'
import { cx } from '../../lib/class-names'

interface FigureTableProps {
  figure: Figure
  columns: DistrictReport['columns']
  /** Shown as the caption; a chart's table leaves it to the chart's visible title. */
  caption?: 'visible' | 'hidden'
  id?: string | undefined
}

/** Rows in runs of the same group ("Betekenisvol", "Lokaal"), in the report's order. */
function groupRuns(rows: readonly FigureRow[]): { group: string | null; rows: FigureRow[] }[] {
  const runs: { group: string | null; rows: FigureRow[] }[] = []
  for (const row of rows) {
    const last = runs[runs.length - 1]
    if (last && last.group === row.group) last.rows.push(row)
    else runs.push({ group: row.group, rows: [row] })
  }
  return runs
}

/**
 * A figure's data as a table: every row, the total row included, and every
 * column with the report's own text ("<5", "—"). What the chart draws, in
 * words, for screen readers and for whoever wants the numbers.
 */
export function FigureTable({ figure, columns, caption = 'visible', id }: FigureTableProps) {
  const runs = groupRuns(figure.rows)
  return (
    <div className="table-wrap figure-table" id={id}>
      <table className="data-table figure-table__table">
        <caption className={cx('figure-table__caption', caption === 'hidden' && 'visually-hidden')}>
          {figure.title}
        </caption>
        <thead>
          <tr>
            <td />
            {columns.map((column, index) => (
              <th key={column.label} scope="col" className="cell--numeric">
                {column.label}
                {index === columns.length - 1 && columns.length > 1 ? (
                  <span className="visually-hidden"> (de periode)</span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        {runs.map((run, runIndex) => (
          <tbody key={`${run.group ?? ''}-${String(runIndex)}`}>
            {run.group ? (
              <tr className="figure-table__group">
                <th scope="rowgroup" colSpan={columns.length + 1}>
                  {run.group}
                </th>
              </tr>
            ) : null}
            {run.rows.map((row) => (
              <tr key={row.key} className={cx(row.total && 'figure-table__total')}>
                <th scope="row">{row.label}</th>
                {columns.map((column, index) => (
                  <td key={column.label} className="cell--numeric">
                    {row.cells[index]?.display ?? '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}
