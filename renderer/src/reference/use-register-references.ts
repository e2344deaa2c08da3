import { useMemo } from 'react'
import type { ReferenceRow } from '../../../shared/domain/reference'
import { useVaultQuery } from '../api/use-vault-query'

export interface RegisterReferences {
  tables: ReferenceRow<'table'>[]
  themes: ReferenceRow<'theme'>[]
  gemeenten: ReferenceRow<'gemeente'>[]
  partners: ReferenceRow<'partner'>[]
  /** In the order of the lifecycle. */
  phases: ReferenceRow<'phase'>[]
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })
const byName = <T extends { name: string }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => collator.compare(a.name, b.name))

/**
 * The reference lists the register's filters and forms choose from, archived
 * rows included (old cases still point at them; forms offer only active ones).
 * Fetched per screen and kept in the component, so they go when the vault locks.
 */
export function useRegisterReferences(): { references: RegisterReferences | null; error: string | null } {
  const tables = useVaultQuery('reference:list', { kind: 'table', includeArchived: true })
  const themes = useVaultQuery('reference:list', { kind: 'theme', includeArchived: true })
  const gemeenten = useVaultQuery('reference:list', { kind: 'gemeente', includeArchived: true })
  const partners = useVaultQuery('reference:list', { kind: 'partner', includeArchived: true })
  const phases = useVaultQuery('reference:list', { kind: 'phase', includeArchived: true })
  const references = useMemo(
    () =>
      tables.data && themes.data && gemeenten.data && partners.data && phases.data
        ? {
            tables: [...tables.data.rows].sort((a, b) => collator.compare(a.code, b.code)),
            themes: byName(themes.data.rows),
            gemeenten: byName(gemeenten.data.rows),
            partners: byName(partners.data.rows),
            phases: [...phases.data.rows].sort((a, b) => a.sortOrder - b.sortOrder),
          }
        : null,
    [tables.data, themes.data, gemeenten.data, partners.data, phases.data],
  )
  // All five or none, as before: one failed list fails the lot.
  const error = tables.error ?? themes.error ?? gemeenten.error ?? partners.error ?? phases.error
  return { references: error ? null : references, error }
}

/** Active rows, plus the ones a record already points at (an archived theme stays choosable on its case). */
export function choosable<T extends { id: string; archived: boolean }>(
  rows: readonly T[],
  selected: readonly string[],
): T[] {
  return rows.filter((row) => !row.archived || selected.includes(row.id))
}
