import type { AgendaItem, AgendaItemValues, AgendaOrder } from '../../shared/contract/agenda.contract'
import { OmtError } from '../../shared/contract/errors'
import type { AgendaItemStatus } from '../../shared/domain/agenda'
import { editableMeeting, assertEditable, touchMeeting } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'
import { itemFacts } from '../kernel/agenda-item-guard.queries'
import { checkItemValues, checkParent } from './agenda-item-checks.queries'
import { insertItems } from './agenda-insert.queries'
import { agendaOrder, closeGap, openGap, siblingCount } from './agenda-order.queries'
import { agendaItem, columnsOf, valuesOf } from './agenda-rows.queries'

export function addItem(
  db: Db,
  input: { meetingId: string; parentId: string | null; position: number | null; values: AgendaItemValues },
): Promise<{ item: AgendaItem; order: AgendaOrder }> {
  return db.transaction().execute(async (trx) => {
    const meeting = await editableMeeting(trx, input.meetingId)
    await checkParent(trx, meeting.id, input.parentId, null)
    await checkItemValues(trx, input.values, null)
    const count = await siblingCount(trx, meeting.id, input.parentId)
    const position = Math.min(input.position ?? count + 1, count + 1)
    await openGap(trx, meeting.id, input.parentId, position)
    const [id] = await insertItems(trx, [
      { meetingId: meeting.id, parentId: input.parentId, position, values: input.values, carriedOverFromId: null },
    ])
    await touchMeeting(trx, meeting.id)
    return { item: await agendaItem(trx, meeting, id ?? ''), order: await agendaOrder(trx, meeting) }
  })
}

/** Saves every field at once and answers the values before, so undo is the same call with `previous`. */
export function updateItem(
  db: Db,
  id: string,
  values: AgendaItemValues,
): Promise<{ item: AgendaItem; previous: AgendaItemValues }> {
  return db.transaction().execute(async (trx) => {
    const { row, meeting } = await itemFacts(trx, id)
    assertEditable(meeting)
    await checkItemValues(trx, values, row)
    await trx
      .updateTable('agenda_item')
      .set({ ...columnsOf(values), updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
    await touchMeeting(trx, meeting.id)
    return { item: await agendaItem(trx, meeting, id), previous: valuesOf(row) }
  })
}

/** Autosave while typing notes: one column, no full item in the answer. */
export function setItemText(
  db: Db,
  id: string,
  field: 'notes' | 'chairNotes',
  text: string,
): Promise<{ id: string; previous: string; updatedAt: string }> {
  return db.transaction().execute(async (trx) => {
    const { row, meeting } = await itemFacts(trx, id)
    assertEditable(meeting)
    const updatedAt = new Date().toISOString()
    const column = field === 'notes' ? 'notes' : 'chair_notes'
    await trx
      .updateTable('agenda_item')
      .set({ [column]: text, updated_at: updatedAt })
      .where('id', '=', id)
      .execute()
    return { id, previous: row[column], updatedAt }
  })
}

export function setItemStatus(
  db: Db,
  id: string,
  status: AgendaItemStatus,
): Promise<{ id: string; previous: AgendaItemStatus }> {
  return db.transaction().execute(async (trx) => {
    const { row, meeting } = await itemFacts(trx, id)
    assertEditable(meeting)
    await trx
      .updateTable('agenda_item')
      .set({ status, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
    await touchMeeting(trx, meeting.id)
    return { id, previous: row.status }
  })
}

/**
 * Takes an item and its sub-items off the agenda. They stay restorable (undo)
 * until the minutes are adopted; an item with decisions stays, because a
 * decision's number and effect belong to the record.
 */
export function deleteItem(db: Db, id: string): Promise<{ id: string; deletedIds: string[]; order: AgendaOrder }> {
  return db.transaction().execute(async (trx) => {
    const { row, meeting } = await itemFacts(trx, id)
    assertEditable(meeting)
    const children = await trx
      .selectFrom('agenda_item')
      .select('id')
      .where('parent_id', '=', id)
      .where('deleted_at', 'is', null)
      .execute()
    const ids = [id, ...children.map((child) => child.id)]
    const decided = await trx
      .selectFrom('decision')
      .select('code')
      .where('agenda_item_id', 'in', ids)
      .orderBy('number')
      .limit(1)
      .executeTakeFirst()
    if (decided) {
      throw new OmtError(
        'VALIDATION',
        `Bij dit agendapunt hoort besluit ${decided.code}, dus het punt blijft op de agenda. Trek het besluit in als het niet genomen is, of zet het punt op ‘vervallen’.`,
      )
    }
    // One stamp for the item and its sub-items: restore brings back exactly this group.
    await trx.updateTable('agenda_item').set({ deleted_at: new Date().toISOString() }).where('id', 'in', ids).execute()
    await closeGap(trx, meeting.id, row.parent_id, row.position)
    await touchMeeting(trx, meeting.id)
    return { id, deletedIds: ids, order: await agendaOrder(trx, meeting) }
  })
}

export function restoreItem(db: Db, id: string): Promise<{ item: AgendaItem; order: AgendaOrder }> {
  return db.transaction().execute(async (trx) => {
    const { row, meeting } = await itemFacts(trx, id, { deleted: true })
    assertEditable(meeting)
    if (row.parent_id !== null) {
      const parent = await trx
        .selectFrom('agenda_item')
        .select(['title', 'deleted_at'])
        .where('id', '=', row.parent_id)
        .executeTakeFirst()
      if (!parent || parent.deleted_at !== null) {
        throw new OmtError(
          'VALIDATION',
          `Zet eerst ‘${parent?.title ?? 'het onderdeel'}’ terug; dit punt stond daaronder.`,
        )
      }
    }
    const count = await siblingCount(trx, meeting.id, row.parent_id)
    const position = Math.min(row.position, count + 1)
    await openGap(trx, meeting.id, row.parent_id, position)
    await trx.updateTable('agenda_item').set({ deleted_at: null, position }).where('id', '=', id).execute()
    if (row.deleted_at !== null) {
      await trx
        .updateTable('agenda_item')
        .set({ deleted_at: null })
        .where('parent_id', '=', id)
        .where('deleted_at', '=', row.deleted_at)
        .execute()
    }
    await touchMeeting(trx, meeting.id)
    return { item: await agendaItem(trx, meeting, id), order: await agendaOrder(trx, meeting) }
  })
}
