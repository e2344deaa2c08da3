import { useId } from 'react'
import { RETENTION_WARNING_DAYS } from '../../../shared/contract/retention.contract'
import { useVaultQuery } from '../api/use-vault-query'
import { PageHeading } from '../components/page-heading'
import { PageUnavailable } from '../components/page-unavailable'
import { RetentionTable } from './retention-table'

/** Bewaartermijnen: what has expired (to purge or extend by decision) and what expires within 90 days. */
export function RetentionOverviewPage() {
  const expiredId = useId()
  const soonId = useId()
  const overview = useVaultQuery('retention:overview', {})
  if (!overview.data)
    return (
      <PageUnavailable
        view={
          overview.error
            ? { state: 'failed', heading: 'Bewaartermijnen', message: overview.error }
            : { state: 'loading', text: 'De bewaartermijnen worden geladen…' }
        }
      />
    )
  const expired = overview.data.rows.filter((row) => row.state === 'verlopen')
  const soon = overview.data.rows.filter((row) => row.state === 'binnenkort')
  return (
    <div className="page">
      <PageHeading>Bewaartermijnen</PageHeading>
      <p className="section-intro">
        Een verlopen casus wordt vernietigd, of de OMT verlengt de bewaartermijn met een besluit. Open een casus om de
        persoonsgegevens te vernietigen.
      </p>
      <section className="case-section" aria-labelledby={expiredId}>
        <h2 id={expiredId} className="case-section__title">
          Verlopen ({expired.length})
        </h2>
        {expired.length === 0 ? (
          <p className="muted">Geen casussen met een verlopen bewaartermijn.</p>
        ) : (
          <RetentionTable rows={expired} labelledBy={expiredId} />
        )}
      </section>
      <section className="case-section" aria-labelledby={soonId}>
        <h2 id={soonId} className="case-section__title">
          Verloopt binnen {RETENTION_WARNING_DAYS} dagen ({soon.length})
        </h2>
        {soon.length === 0 ? (
          <p className="muted">
            Geen casussen waarvan de bewaartermijn binnen {RETENTION_WARNING_DAYS} dagen verloopt.
          </p>
        ) : (
          <RetentionTable rows={soon} labelledBy={soonId} />
        )}
      </section>
    </div>
  )
}
