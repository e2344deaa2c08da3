import { useMemo } from 'react'
import type { ReferenceRow } from '../../../shared/domain/reference'
import { useVaultQuery } from '../api/use-vault-query'

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })

/** The active ondermijningstafels, by code; fetched per screen so they go when the vault locks. */
export function useTables(): { tables: ReferenceRow<'table'>[] | null; error: string | null } {
  const { data, error } = useVaultQuery('reference:list', { kind: 'table', includeArchived: false })
  const tables = useMemo(
    () => (data ? data.rows.filter((row) => !row.archived).sort((a, b) => collator.compare(a.code, b.code)) : null),
    [data],
  )
  return { tables, error }
}
