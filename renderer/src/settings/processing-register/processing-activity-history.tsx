import { processingActivityFields } from '../../../../shared/contract/processing-register.contract'
import type { ProcessingActivity } from '../../../../shared/contract/processing-register.contract'
import type { ProcessingActivityId } from '../../../../shared/contract/processing'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormAlert } from '../../components/form-alert'
import { activityFieldLabels } from '../../privacy/activity-field-labels'
import { dutchDateTimeOf } from '../../privacy/print/dutch-timestamp'

/** The fields a version changed compared to the one before it, so the reader sees what moved. */
function changedFields(version: ProcessingActivity, previous: ProcessingActivity | undefined) {
  if (!previous) return null
  return processingActivityFields.filter((field) => version[field] !== previous[field])
}

/** Every version of one activity, newest first, each with what it changed; nothing is ever overwritten. */
export function ProcessingActivityHistory({ id }: { id: ProcessingActivityId }) {
  const history = useVaultQuery('processing-register:history', { id })
  const versions = history.data?.versions ?? null
  if (!versions) {
    return history.error ? (
      <FormAlert message={history.error} />
    ) : (
      <p className="muted" aria-busy="true">
        De versies worden geladen…
      </p>
    )
  }
  return (
    <ol className="register-history" aria-label="Versies, nieuwste eerst">
      {versions.map((version, index) => {
        const changed = changedFields(version, versions[index + 1])
        return (
          <li key={version.version} className="register-history__version">
            <h3 className="card__title">
              Versie {version.version}
              <span className="cell-sub">
                {index === 0 ? 'Geldend, ' : ''}vastgelegd op {dutchDateTimeOf(version.createdAt)}
              </span>
            </h3>
            <p className="muted">
              {changed === null
                ? 'De eerste versie in het register.'
                : `Gewijzigd: ${changed.map((field) => activityFieldLabels[field].toLowerCase()).join(', ') || 'niets'}.`}
            </p>
            <dl className="facts register-history__facts">
              {processingActivityFields.map((field) => (
                <div key={field} className="facts__item">
                  <dt className="facts__label">{activityFieldLabels[field]}</dt>
                  <dd className="facts__value">{version[field]}</dd>
                </div>
              ))}
            </dl>
          </li>
        )
      })}
    </ol>
  )
}
