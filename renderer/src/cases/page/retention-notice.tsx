import { longDate } from '../../lib/dates'
import { retentionState } from './retention'

/** An expired retention period is said out loud at the top of the case, with what to do about it. */
export function RetentionNotice({ until }: { until: string }) {
  const retention = retentionState(until)
  if (retention.state !== 'expired') return null
  return (
    <div className="notice notice--warning">
      <p className="notice__title">De bewaartermijn is verlopen op {longDate(until)}</p>
      <p>
        Verwijder of anonimiseer de gegevens van deze casus, of laat de OMT de bewaartermijn verlengen met een besluit.
      </p>
    </div>
  )
}
