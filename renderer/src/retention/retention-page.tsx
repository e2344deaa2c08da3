import { PurgePage } from './purge-page'
import { RetentionOverviewPage } from './retention-overview-page'

/** #/bewaartermijnen and #/bewaartermijnen/<case id>/vernietigen. */
export function RetentionPage({ segments }: { segments: string[] }) {
  const [caseId, action] = segments
  if (caseId !== undefined && action === 'vernietigen') return <PurgePage key={caseId} caseId={caseId} />
  return <RetentionOverviewPage />
}
