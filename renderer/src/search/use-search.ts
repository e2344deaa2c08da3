import { useMemo } from 'react'
import { useVaultQuery } from '../api/use-vault-query'
import { SEARCH_PAUSE_MS } from '../lib/typing-pause'
import { useDebouncedValue } from '../lib/use-debounced-value'
import { openableGroups } from './search-target'

/** Hits per kind in the drop-down: enough to choose from, few enough to scan. */
const PER_KIND = 6

/** Full-text search in the vault, a moment after the typing pauses; older answers never overwrite newer ones. */
export function useSearch(text: string) {
  const query = useDebouncedValue(text.trim(), SEARCH_PAUSE_MS)
  // The previous results stay up while the next ones are on their way, so the list does not flicker while typing.
  const search = useVaultQuery('search:query', query === '' ? null : { text: query, limitPerKind: PER_KIND }, {
    keepPrevious: true,
  })
  const groups = useMemo(() => (search.data ? openableGroups(search.data.groups) : []), [search.data])
  const answered = search.answered?.text ?? ''
  const settled = query !== '' && !search.loading && text.trim() === query
  return {
    /** Results for what is typed now; empty while the typing has not settled. */
    groups: query === '' ? [] : groups,
    /** The text these results are for. */
    query: answered,
    settled,
    error: search.error,
  }
}
