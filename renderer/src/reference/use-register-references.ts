import { useEffect, useState } from 'react'
import type { ReferenceRow } from '../../../shared/domain/reference'
import { messageOf, request } from '../api/request'

export interface RegisterReferences {
  tables: ReferenceRow<'table'>[]
  themes: ReferenceRow<'theme'>[]
  gemeenten: ReferenceRow<'gemeente'>[]
  partners: ReferenceRow<'partner'>[]
  /** In the order of the lifecycle. */
  phases: ReferenceRow<'phase'>[]
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })
const byName = <T extends { name: string }>(rows: T[]): T[] => [...rows].sort((a, b) => collator.compare(a.name, b.name))

/**
 * The reference lists the register's filters and forms choose from, archived
 * rows included (old cases still point at them; forms offer only active ones).
 * Fetched per screen and kept in the component, so they go when the vault locks.
 */
export function useRegisterReferences(): { references: RegisterReferences | null; error: string | null } {
  const [state, setState] = useState<{ references: RegisterReferences | null; error: string | null }>({ references: null, error: null })
  useEffect(() => {
    let current = true
    const load = async () => {
      try {
        const [tables, themes, gemeenten, partners, phases] = await Promise.all([
          request('reference:list', { kind: 'table', includeArchived: true }),
          request('reference:list', { kind: 'theme', includeArchived: true }),
          request('reference:list', { kind: 'gemeente', includeArchived: true }),
          request('reference:list', { kind: 'partner', includeArchived: true }),
          request('reference:list', { kind: 'phase', includeArchived: true }),
        ])
        if (!current) return
        // Each answer's kind matches its request; the union type cannot see that.
        setState({
          references: {
            tables: [...(tables.rows as ReferenceRow<'table'>[])].sort((a, b) => collator.compare(a.code, b.code)),
            themes: byName(themes.rows as ReferenceRow<'theme'>[]),
            gemeenten: byName(gemeenten.rows as ReferenceRow<'gemeente'>[]),
            partners: byName(partners.rows as ReferenceRow<'partner'>[]),
            phases: [...(phases.rows as ReferenceRow<'phase'>[])].sort((a, b) => a.sortOrder - b.sortOrder),
          },
          error: null,
        })
      } catch (error) {
        if (current) setState({ references: null, error: messageOf(error) })
      }
    }
    void load()
    return () => {
      current = false
    }
  }, [])
  return state
}

/** Active rows, plus the ones a record already points at (an archived theme stays choosable on its case). */
export function choosable<T extends { id: string; archived: boolean }>(rows: readonly T[], selected: readonly string[]): T[] {
  return rows.filter((row) => !row.archived || selected.includes(row.id))
}
