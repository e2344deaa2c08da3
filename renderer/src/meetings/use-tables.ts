import { useEffect, useState } from 'react'
import type { ReferenceRow } from '../../../shared/domain/reference'
import { messageOf, request } from '../api/request'

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })

/** The active ondermijningstafels, by code; fetched per screen so they go when the vault locks. */
export function useTables(): { tables: ReferenceRow<'table'>[] | null; error: string | null } {
  const [state, setState] = useState<{ tables: ReferenceRow<'table'>[] | null; error: string | null }>({ tables: null, error: null })
  useEffect(() => {
    let current = true
    request('reference:list', { kind: 'table', includeArchived: false })
      .then((list) => {
        if (!current) return
        const rows = (list.rows as ReferenceRow<'table'>[]).filter((row) => !row.archived)
        setState({ tables: [...rows].sort((a, b) => collator.compare(a.code, b.code)), error: null })
      })
      .catch((error: unknown) => {
        if (current) setState({ tables: null, error: messageOf(error) })
      })
    return () => {
      current = false
    }
  }, [])
  return state
}
