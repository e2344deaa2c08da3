import type { FieldErrors } from '../../shared/contract/errors'
import type { Db } from './schema/database'

type ReferenceTable = 'omt_table' | 'district' | 'partner' | 'theme' | 'gemeente'

export interface ReferenceCheck {
  field: string
  table: ReferenceTable
  ids: readonly string[]
  /** Archived rows the record already points at may stay; new links need an active row. */
  alreadyLinked: readonly string[]
  unknown: string
  archived: string
}

/**
 * Ids that arrive from a form can be stale (archived or removed in another
 * window); the user gets a field message instead of a foreign key error.
 */
export async function checkReferences(db: Db, checks: readonly ReferenceCheck[], problems: FieldErrors): Promise<void> {
  for (const check of checks) {
    if (check.ids.length === 0) continue
    const rows = await db
      .selectFrom(check.table)
      .select(['id', 'archived'])
      .where('id', 'in', [...check.ids])
      .execute()
    const found = new Map(rows.map((row) => [row.id, row.archived]))
    if (check.ids.some((id) => !found.has(id))) problems[check.field] ??= check.unknown
    else if (check.ids.some((id) => found.get(id) === 1 && !check.alreadyLinked.includes(id)))
      problems[check.field] ??= check.archived
  }
}

/**
 * Five forms pick a partner (case lead, presenter, attendee, action owner,
 * intervention): one check, so a partner archived or removed in another window
 * reads the same everywhere. No id (an optional field left empty): nothing to check.
 */
export function partnerCheck(field: string, partnerId: string | null, current: string | null): ReferenceCheck {
  return {
    field,
    table: 'partner',
    ids: partnerId === null ? [] : [partnerId],
    alreadyLinked: current ? [current] : [],
    unknown: 'Deze partner bestaat niet (meer). Kies een partner uit de lijst.',
    archived: 'Deze partner is gearchiveerd. Kies een actieve partner.',
  }
}
