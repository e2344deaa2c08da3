import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CaseListCursor, CaseListRow } from '../../../../shared/contract/case.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import type { CaseListFilter, CaseListSort } from './case-list-store'

/** Rows per request: a screenful or three, well inside the 20 ms the benchmark allows per page. */
export const PAGE_SIZE = 100

interface Pages {
  key: string
  /** Null until the first page of this query answered. */
  total: number | null
  pages: ReadonlyMap<number, CaseListRow[]>
  error: string | null
  /** The previous query's pages, shown until this one answers, so the list does not blink per keystroke. */
  stale: Pages | null
}

const fresh = (key: string, previous: Pages | null): Pages => ({
  key,
  total: null,
  pages: new Map(),
  error: null,
  stale: previous && previous.total !== null ? { ...previous, stale: null } : (previous?.stale ?? null),
})

/** What was asked for one query: the pages requested and where each loaded page ended. */
interface Requested {
  key: string
  pages: Set<number>
  next: Map<number, CaseListCursor>
}

/**
 * The case list as a sparse window over the vault: pages are fetched when the
 * virtualised grid needs them, sorted and filtered in the vault. A changed
 * query starts over; answers for an older query are dropped. Scrolling on
 * asks for the page after a loaded one by its cursor, which costs the vault
 * the same deep in the list as at its top; only a jump (the scroll bar
 * dragged far) asks by offset.
 */
export function useCasePages(filter: CaseListFilter, sort: CaseListSort) {
  const { run: caseList } = useVaultMutation('case:list')
  const key = JSON.stringify({ filter, sort })
  const [state, setState] = useState<Pages>(() => fresh(key, null))
  if (state.key !== key) setState(fresh(key, state))
  const requested = useRef<Requested>({ key: '', pages: new Set(), next: new Map() })

  const load = useCallback(
    async (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set(), next: new Map() }
      const { pages, next } = requested.current
      if (pages.has(page)) return
      pages.add(page)
      try {
        const after = next.get(page - 1) ?? null
        const result = await caseList({
          filter,
          sort,
          after,
          offset: after ? 0 : page * PAGE_SIZE,
          limit: PAGE_SIZE,
        })
        if (result.next) next.set(page, result.next)
        setState((previous) =>
          previous.key === key
            ? {
                ...previous,
                total: result.total,
                pages: new Map(previous.pages).set(page, result.rows),
                error: null,
                stale: null,
              }
            : previous,
        )
      } catch (error) {
        pages.delete(page)
        setState((previous) => (previous.key === key ? { ...previous, error: messageOf(error) } : previous))
      }
    },
    [key, filter, sort, caseList],
  )

  useEffect(() => {
    void load(0)
  }, [load])

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) void load(page)
    },
    [load],
  )

  const shown = state.total === null && state.stale ? state.stale : state
  const rows = useMemo(() => {
    const slots: (CaseListRow | null)[] = new Array<CaseListRow | null>(shown.total ?? 0).fill(null)
    for (const [page, pageRows] of shown.pages)
      pageRows.forEach((row, offset) => (slots[page * PAGE_SIZE + offset] = row))
    return slots
  }, [shown])

  return {
    key,
    /** One slot per case in the result; null where the page is not loaded yet. */
    rows,
    total: shown.total,
    loading: state.total === null,
    error: state.error,
    ensureRange,
  }
}
