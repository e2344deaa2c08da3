import type { CombinedFigure } from '../../../../shared/domain/combine-reports'
import { cx } from '../../lib/class-names'

/**
 * One figure of the regional view: a column per district with its own shown
 * value, and the region's column. Counts and amounts get a total (a lower
 * bound "≥ N" when a district's value is hidden); medians and percentages do
 * not add up, so their region column says so.
 */
export function CombinedFigureTable({ figure, districts }: { figure: CombinedFigure; districts: string[] }) {
  const adds = figure.rows.some((row) => row.regionTotal !== null)
  return (
    <div className="table-wrap figure-table">
      <table className="data-table figure-table__table">
        <caption className="figure-table__caption">{figure.title}</caption>
        <thead>
          <tr>
            <td />
            {districts.map((district) => (
              <th key={district} scope="col" className="cell--numeric">
                {district}
              </th>
            ))}
            <th scope="col" className="cell--numeric">
              Regio
            </th>
          </tr>
        </thead>
        <tbody>
          {figure.rows.map((row) => (
            <tr key={row.key} className={cx(row.total && 'figure-table__total')}>
              <th scope="row">{row.group ? `${row.group}: ${row.label}` : row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={districts[index] ?? index} className="cell--numeric">
                  {cell?.display ?? '—'}
                </td>
              ))}
              <td className="cell--numeric">{row.regionTotal?.display ?? 'per district'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {adds ? null : (
        <p className="muted combined-figure__note">
          Mediaan, percentage en voortgang tellen niet op: ze staan alleen per district.
        </p>
      )}
      {figure.note ? <p className="muted combined-figure__note">{figure.note}</p> : null}
    </div>
  )
}
