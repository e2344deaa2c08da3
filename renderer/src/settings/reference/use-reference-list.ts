import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReferenceKind, ReferenceRow } from '../../../../shared/domain/reference'
import { messageOf, request } from '../../api/request'

export type AnyRow = ReferenceRow<ReferenceKind>

interface ListState {
  rows: AnyRow[] | null
  error: string | null
}

/**
 * One kind's rows, fetched from the vault. Kept in the component, not a store:
 * when the vault locks the page unmounts and the data goes with it.
 */
export function useReferenceList(kind: ReferenceKind, includeArchived: boolean, enabled = true) {
  const [state, setState] = useState<ListState>({ rows: null, error: null })
  // Only the newest request may write: toggling "Toon gearchiveerd" twice must not show the older answer.
  const latest = useRef(0)

  const reload = useCallback(async () => {
    if (!enabled) return
    const ticket = ++latest.current
    try {
      const list = await request('reference:list', { kind, includeArchived })
      if (ticket === latest.current) setState({ rows: list.rows, error: null })
    } catch (error) {
      if (ticket === latest.current) setState((previous) => ({ ...previous, error: messageOf(error) }))
    }
  }, [kind, includeArchived, enabled])

  useEffect(() => {
    void reload()
  }, [reload])

  return { rows: state.rows, error: state.error, reload }
}
