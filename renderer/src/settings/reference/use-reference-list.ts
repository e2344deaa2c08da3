import type { ReferenceKind, ReferenceRow } from '../../../../shared/domain/reference'
import { useVaultQuery } from '../../api/use-vault-query'

export type AnyRow = ReferenceRow<ReferenceKind>

/**
 * One kind's rows, fetched from the vault. Kept in the component, not a store:
 * when the vault locks the page unmounts and the data goes with it.
 */
export function useReferenceList(kind: ReferenceKind, includeArchived: boolean) {
  // Toggling "Toon gearchiveerd" keeps the rows shown until the new ones arrive; only the newest answer is shown.
  const list = useVaultQuery('reference:list', { kind, includeArchived }, { keepPrevious: true })
  const rows: AnyRow[] | null = list.data?.rows ?? null
  return { rows, error: list.error, reload: list.refetch }
}
