import type { Output } from '../../../../shared/contract/index'

export type RegisterActivity = Output<'processing-register:list'>['activities'][number]

interface ProcessingRegisterTableProps {
  activities: readonly RegisterActivity[]
  labelledBy: string
  onEdit: (activity: RegisterActivity) => void
  onHistory: (activity: RegisterActivity) => void
}

/** The register as a table: one row per activity at its latest version. */
export function ProcessingRegisterTable({ activities, labelledBy, onEdit, onHistory }: ProcessingRegisterTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table register-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Verwerking en doel</th>
            <th scope="col">Grondslag</th>
            <th scope="col">Gegevens en betrokkenen</th>
            <th scope="col">Bewaartermijn</th>
            <th scope="col">Ontvangers</th>
            <th scope="col" className="cell--fit">
              Versies
            </th>
            <th scope="col">
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
              <td>{activity.retention}</td>
              <td>{activity.recipients}</td>
              <td className="cell--fit">{activity.versionCount}</td>
              <td className="cell--actions">
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
