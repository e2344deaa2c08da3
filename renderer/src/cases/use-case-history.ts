import { useEffect, useState } from 'react'
import type { Output } from '../../../shared/contract/index'
import { messageOf, request } from '../api/request'

export type CaseHistory = Output<'case:history'>

interface HistoryState {
  caseId: string
  history: CaseHistory | null
  error: string | null
}

/**
 * A case's record in the meetings (decisions, agenda items, action items),
 * asked for alongside the case itself so the page waits for neither twice.
 * Only the OMT changes it, never the case page, so it is loaded once.
 */
export function useCaseHistory(caseId: string): { history: CaseHistory | null; error: string | null } {
  const [state, setState] = useState<HistoryState>({ caseId, history: null, error: null })

  useEffect(() => {
    let current = true
    request('case:history', { caseId })
      .then((history) => current && setState({ caseId, history, error: null }))
      .catch((failure: unknown) => current && setState({ caseId, history: null, error: messageOf(failure) }))
    return () => {
      current = false
    }
  }, [caseId])

  // A stale answer for the case shown before must not appear under this one.
  return state.caseId === caseId ? state : { history: null, error: null }
}
