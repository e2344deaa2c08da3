import type { AgendaOrder } from '../../shared/contract/agenda.contract'
import { assertEditable, touchMeeting } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'
import { itemFacts } from '../kernel/agenda-item-guard.queries'
import { checkParent } from './agenda-item-checks.queries'
import { agendaOrder, closeGap, openGap, siblingCount } from './agenda-order.queries'

/**
 * Moves an item to a position among its siblings or into another section;
 * numbering follows. The answer's `previous` is the exact inverse move, which
 * is how the screen offers undo.
 */
export function moveItem(
  db: Db,
  input: { id: string; parentId: string | null; position: number },
): Promise<{ order: AgendaOrder; previous: { parentId: string | null; position: number } }> {
  return db.transaction().execute(async (trx) => {
    const { row, meeting } = await itemFacts(trx, input.id)
    assertEditable(meeting)
    const previous = { parentId: row.parent_id, position: row.position }
    if (input.parentId !== row.parent_id) await checkParent(trx, meeting.id, input.parentId, row.id)
    const stays = input.parentId === row.parent_id
    const others = (await siblingCount(trx, meeting.id, input.parentId)) - (stays ? 1 : 0)
    const position = Math.max(1, Math.min(input.position, others + 1))
    if (!stays || position !== row.position) {
      await closeGap(trx, meeting.id, row.parent_id, row.position)
      await openGap(trx, meeting.id, input.parentId, position)
      await trx
        .updateTable('agenda_item')
        .set({ parent_id: input.parentId, position, updated_at: new Date().toISOString() })
        .where('id', '=', row.id)
        .execute()
      await touchMeeting(trx, meeting.id)
    }
    return { order: await agendaOrder(trx, meeting), previous }
  })
}
