import { randomUUID } from 'node:crypto'
import type { AgendaItemValues } from '../../shared/contract/agenda.contract'
import type { Db } from '../kernel/schema/database'
import { columnsOf } from './agenda-rows.queries'

export interface NewItem {
  /** Given when sub-items must point at a parent made in the same batch. */
  id?: string
  meetingId: string
  parentId: string | null
  /** The caller has made room here (positions stay dense). */
  position: number
  values: AgendaItemValues
  carriedOverFromId: string | null
}

export const emptyItemValues = {
  caseId: null,
  presenterPartnerId: null,
  notes: '',
  chairNotes: '',
  status: 'gepland',
} as const satisfies Partial<AgendaItemValues>

/** Many items in one statement: a new meeting's agenda is written at once. */
export async function insertItems(db: Db, items: readonly NewItem[]): Promise<string[]> {
  if (items.length === 0) return []
  const now = new Date().toISOString()
  const rows = items.map((item) => ({
    id: item.id ?? randomUUID(),
    meeting_id: item.meetingId,
    parent_id: item.parentId,
    position: item.position,
    ...columnsOf(item.values),
    carried_over_from_id: item.carriedOverFromId,
    deleted_at: null,
    created_at: now,
    updated_at: now,
  }))
  // A parent must exist before its children (foreign key): insert in the given order, in batches.
  for (let start = 0; start < rows.length; start += 500)
    await db
      .insertInto('agenda_item')
      .values(rows.slice(start, start + 500))
      .execute()
  return rows.map((row) => row.id)
}
