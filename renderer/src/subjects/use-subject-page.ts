import { useEffect, useState } from 'react'
import { OmtError } from '../../../shared/contract/errors'
import type { SubjectPage } from '../../../shared/contract/subject.contract'
import { messageOf, request } from '../api/request'

export function useSubjectPage(id: string) {
  const [state, setState] = useState<{ page: SubjectPage | null; error: string | null; notFound: boolean }>({ page: null, error: null, notFound: false })
  useEffect(() => {
    let current = true
    request('subject:get', { id })
      .then((page) => current && setState({ page, error: null, notFound: false }))
      .catch((error: unknown) => current && setState({ page: null, error: messageOf(error), notFound: error instanceof OmtError && error.code === 'NOT_FOUND' }))
    return () => {
      current = false
    }
  }, [id])
  return state
}
