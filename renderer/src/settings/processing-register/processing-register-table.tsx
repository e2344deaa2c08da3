import type { Output } from '../../../../shared/contract/index'

export type RegisterActivity = Output<'processing-register:list'>['activities'][number]

interface ProcessingRegisterTableProps {
  activities: readonly RegisterActivity[]
  labelledBy: string
  onEdit: (activity: RegisterActivity) => void
  onHistory: (activity: RegisterActivity) => void
}

/**
 * The register as a table: one row per activity at its latest version. Two
 * fields share a cell where they belong together, so the long texts fit the
 * content column without scrolling sideways.
 */
export function ProcessingRegisterTable({ activities, labelledBy, onEdit, onHistory }: ProcessingRegisterTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table register-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className="register-table__activity">
              Verwerking en doel
            </th>
            <th scope="col">Grondslag</th>
            <th scope="col">Gegevens en betrokkenen</th>
            <th scope="col">Bewaartermijn en ontvangers</th>
            <th scope="col" className="register-table__versions">
              Versies
            </th>
            <th scope="col" className="register-table__actions">
              <span className="visually-hidden">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr key={activity.id}>
              <td>
                <span className="cell-title">{activity.name}</span>
                <span className="cell-sub">{activity.purpose}</span>
              </td>
              <td>{activity.legalBasis}</td>
              <td>
                {activity.dataCategories}
                <span className="cell-sub">Over: {activity.subjectCategories}</span>
              </td>
              <td>
                {activity.retention}
                <span className="cell-sub">Naar: {activity.recipients}</span>
              </td>
              <td>{activity.versionCount}</td>
              <td>
                {/* The activity's name is in each button's accessible name, so "Wijzigen" alone is never ambiguous. */}
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onEdit(activity)}
                  >
                    Wijzigen<span className="visually-hidden"> {activity.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => onHistory(activity)}
                  >
                    Versies<span className="visually-hidden"> van {activity.name}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
