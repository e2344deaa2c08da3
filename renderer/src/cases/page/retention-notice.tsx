import { longDate } from '../../lib/dates'
import { hrefFor } from '../../stores/route-store'
import { retentionState } from './retention'

/** An expired retention period is said out loud at the top of the case, with what to do about it. */
export function RetentionNotice({ caseId, until }: { caseId: string; until: string }) {
  const retention = retentionState(until)
  if (retention.state !== 'expired') return null
  return (
    <div className="notice notice--warning">
      <p className="notice__title">De bewaartermijn is verlopen op {longDate(until)}</p>
      <p>Vernietig de persoonsgegevens van deze casus, of laat de OMT de bewaartermijn verlengen met een besluit.</p>
      <p>
        <a href={hrefFor(`bewaartermijnen/${caseId}/vernietigen`)}>Persoonsgegevens vernietigen</a>
      </p>
    </div>
  )
}
