import type { ReactNode } from 'react'
import type { ActionItem } from '../../../shared/contract/action.contract'
import { ActionDueDate, actionRowClass } from './action-due-date'
import { actionOwnerText } from './action-owner'

interface ActionTableProps<Row extends ActionItem> {
  rows: readonly Row[]
  labelledBy: string
  className?: string
  /** The Status cell: a label where the status is read, a choice where it is kept up. */
  status: (row: Row) => ReactNode
  /** Where the action was agreed, in the words of the page it is on. */
  origin: { header: string; cell: (row: Row) => ReactNode }
}

/** Actions as the case page and the meeting page list them: what, who, by when, status and origin; overdue rows stand out. */
export function ActionTable<Row extends ActionItem>({
  rows,
  labelledBy,
  className = 'data-table',
  status,
  origin,
}: ActionTableProps<Row>) {
  return (
    <div className="table-wrap">
      <table className={className} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Actie</th>
            <th scope="col">Eigenaar</th>
            <th scope="col">Uiterste datum</th>
            <th scope="col">Status</th>
            <th scope="col">{origin.header}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={actionRowClass(row)}>
              <td className="cell--prose">{row.text}</td>
              <td>{actionOwnerText(row)}</td>
              <td className="cell--nowrap">
                <ActionDueDate action={row} />
              </td>
              <td className="cell--nowrap">{status(row)}</td>
              <td className="cell--nowrap">{origin.cell(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
