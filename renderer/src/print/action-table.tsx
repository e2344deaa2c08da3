import type { ActionEntry } from '../../../shared/contract/export.contract'
import { cx } from '../lib/class-names'

/** Action items with owner, due date and status; overdue ones stand out in print too. */
export function ActionTable({
  actions,
  caption,
  withOrigin,
}: {
  actions: readonly ActionEntry[]
  caption: string
  withOrigin: boolean
}) {
  return (
    <table className="doc-table doc-actions">
      <caption className="doc-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="doc-actions__text">
            Actie
          </th>
          <th scope="col">Wie</th>
          <th scope="col">Gereed op</th>
          <th scope="col">{withOrigin ? 'Afgesproken' : 'Status'}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action, index) => (
          <tr key={index} className={cx(action.overdue && 'doc-actions__overdue')}>
            <td>
              {action.text}
              {action.caseLabel ? <span className="doc-table__sub">{action.caseLabel}</span> : null}
            </td>
            <td>{action.owner}</td>
            <td className="doc-nowrap">
              {action.due}
              {action.overdue ? <span className="doc-table__sub">Verlopen</span> : null}
            </td>
            <td>{withOrigin ? action.origin : action.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
