import type { Output } from '../../../shared/contract/index'
import { useVaultQuery } from '../api/use-vault-query'

export type CaseHistory = Output<'case:history'>

/**
 * A case's record in the meetings (decisions, agenda items, action items),
 * asked for alongside the case itself so the page waits for neither twice.
 * Only the OMT changes it, never the case page, so it is loaded once.
 */
export function useCaseHistory(caseId: string): { history: CaseHistory | null; error: string | null } {
  // The query drops a stale answer for the case shown before.
  const { data, error } = useVaultQuery('case:history', { caseId })
  return { history: data, error }
}
