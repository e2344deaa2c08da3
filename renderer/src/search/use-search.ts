import { useEffect, useState } from 'react'
import type { SearchGroup } from '../../../shared/contract/search.contract'
import { messageOf, request } from '../api/request'
import { useDebouncedValue } from '../lib/use-debounced-value'
import { openableGroups } from './search-target'

/** Hits per kind in the drop-down: enough to choose from, few enough to scan. */
const PER_KIND = 6

interface SearchState {
  /** The text these results are for. */
  query: string
  groups: SearchGroup[]
  error: string | null
}

/** Full-text search in the vault, a moment after the typing pauses; older answers never overwrite newer ones. */
export function useSearch(text: string) {
  const query = useDebouncedValue(text.trim(), 150)
  const [state, setState] = useState<SearchState>({ query: '', groups: [], error: null })
  useEffect(() => {
    if (query === '') return
    let current = true
    request('search:query', { text: query, limitPerKind: PER_KIND })
      .then(({ groups }) => current && setState({ query, groups: openableGroups(groups), error: null }))
      .catch((error: unknown) => current && setState({ query, groups: [], error: messageOf(error) }))
    return () => {
      current = false
    }
  }, [query])
  const settled = query !== '' && state.query === query && text.trim() === query
  return {
    /** Results for what is typed now; empty while the typing has not settled. */
    groups: query === '' ? [] : state.groups,
    query: state.query,
    settled,
    error: state.error,
  }
}
