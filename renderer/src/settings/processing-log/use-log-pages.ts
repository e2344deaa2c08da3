import { useCallback, useEffect, useRef, useState } from 'react'
import type { LogCursor, LogFilters, LogRow } from '../../../../shared/contract/processing-log.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'

const PAGE = 100

export interface LogPages {
  rows: LogRow[]
  /** The whole log's size, known only without filters. */
  total: number | null
  /** Every entry the filters select is loaded. */
  done: boolean
  loading: boolean
  error: string | null
  /** Loads the next page, unless one is on its way or all are there. */
  loadMore: () => void
}

interface State {
  key: string
  rows: LogRow[]
  cursor: LogCursor | null
  total: number | null
  done: boolean
  loading: boolean
  error: string | null
}

const fresh = (key: string): State => ({
  key,
  rows: [],
  cursor: null,
  total: null,
  done: false,
  loading: true,
  error: null,
})

/**
 * The log page by page for one set of filters (keyset: each page starts
 * where the last ended). New filters start over; an answer for old filters
 * is dropped.
 */
export function useLogPages(filters: LogFilters): LogPages {
  const key = JSON.stringify(filters)
  const [state, setState] = useState<State>(() => fresh(key))
  const current = useRef(state)
  current.current = state
  const asking = useRef<string | null>(null)
  // A read, asked with the mutation hook's stable `run` because pages are asked for one after another, not once.
  const { run } = useVaultMutation('processing-log:page')

  const load = useCallback(async (from: State) => {
    const token = `${from.key}@${String(from.cursor?.seq ?? 'first')}`
    if (asking.current === token) return
    asking.current = token
    try {
      const page = await run({
        filters: JSON.parse(from.key) as LogFilters,
        cursor: from.cursor,
        limit: PAGE,
      })
      setState((now) =>
        now.key !== from.key
          ? now
          : {
              ...now,
              rows: [...now.rows, ...page.rows],
              cursor: page.nextCursor,
              total: from.cursor === null ? page.total : now.total,
              done: page.nextCursor === null,
              loading: false,
            },
      )
    } catch (failure) {
      setState((now) => (now.key !== from.key ? now : { ...now, loading: false, error: messageOf(failure) }))
    } finally {
      if (asking.current === token) asking.current = null
    }
    // `run` is this hook's own stable function of refs and state setters; listing it would rebuild every page loader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const start = fresh(key)
    setState(start)
    void load(start)
  }, [key, load])

  const loadMore = useCallback(() => {
    const now = current.current
    if (now.done || now.error || now.cursor === null || asking.current !== null) return
    setState({ ...now, loading: true })
    void load(now)
  }, [load])

  const shown = state.key === key ? state : fresh(key)
  return {
    rows: shown.rows,
    total: shown.total,
    done: shown.done,
    loading: shown.loading,
    error: shown.error,
    loadMore,
  }
}
