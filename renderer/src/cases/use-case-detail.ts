import { useCallback, useEffect, useRef, useState } from 'react'
import type { CaseDetail } from '../../../shared/contract/case.contract'
import { OmtError } from '../../../shared/contract/errors'
import { messageOf, request } from '../api/request'

interface DetailState {
  detail: CaseDetail | null
  error: string | null
  notFound: boolean
}

/** One case, fetched for its page; `reload` after a change made on the page. */
export function useCaseDetail(id: string) {
  const [state, setState] = useState<DetailState>({ detail: null, error: null, notFound: false })
  const latest = useRef(0)

  const reload = useCallback(async (): Promise<CaseDetail | null> => {
    const ticket = ++latest.current
    try {
      const detail = await request('case:get', { id })
      if (ticket === latest.current) setState({ detail, error: null, notFound: false })
      return detail
    } catch (error) {
      const notFound = error instanceof OmtError && error.code === 'NOT_FOUND'
      if (ticket === latest.current) setState((previous) => ({ ...previous, error: messageOf(error), notFound }))
      return null
    }
  }, [id])

  useEffect(() => {
    void reload()
  }, [reload])

  return { ...state, reload }
}
