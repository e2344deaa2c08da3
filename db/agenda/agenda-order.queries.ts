import type { AgendaOrder } from '../../shared/contract/agenda.contract'
import { layoutAgenda } from '../../shared/domain/agenda'
import type { MeetingFacts } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'

export interface OrderRow {
  id: string
  parent_id: string | null
  position: number
  duration_minutes: number
}

/** The live items of a meeting with what numbering and timing need, nothing more. */
export function orderRows(db: Db, meetingId: string): Promise<OrderRow[]> {
  return db
    .selectFrom('agenda_item')
    .select(['id', 'parent_id', 'position', 'duration_minutes'])
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .execute()
}

export function toOrder(
  meeting: Pick<MeetingFacts, 'id' | 'numberPrefix' | 'startTime'>,
  rows: readonly OrderRow[],
): AgendaOrder {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const { slots, plannedEnd } = layoutAgenda(
    rows.map((row) => ({
      id: row.id,
      parentId: row.parent_id,
      position: row.position,
      durationMinutes: row.duration_minutes,
    })),
    { prefix: meeting.numberPrefix, startTime: meeting.startTime },
  )
  return {
    meetingId: meeting.id,
    plannedEnd,
    items: slots.map((slot) => {
      const row = byId.get(slot.id)
      return { ...slot, parentId: row?.parent_id ?? null, position: row?.position ?? 0 }
    }),
  }
}

export async function agendaOrder(
  db: Db,
  meeting: Pick<MeetingFacts, 'id' | 'numberPrefix' | 'startTime'>,
): Promise<AgendaOrder> {
  return toOrder(meeting, await orderRows(db, meeting.id))
}

/** Live siblings: the top-level items of a meeting, or the sub-items of one section. */
export function siblings(db: Db, meetingId: string, parentId: string | null) {
  const query = db.updateTable('agenda_item').where('meeting_id', '=', meetingId).where('deleted_at', 'is', null)
  return parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId)
}

export async function siblingCount(db: Db, meetingId: string, parentId: string | null): Promise<number> {
  let query = db
    .selectFrom('agenda_item')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
  query = parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId)
  const { n } = await query.executeTakeFirstOrThrow()
  return Number(n)
}

/** Makes room at `position` among the siblings (positions stay dense: 1..n). */
export async function openGap(db: Db, meetingId: string, parentId: string | null, position: number): Promise<void> {
  await siblings(db, meetingId, parentId)
    .set((eb) => ({ position: eb('position', '+', 1) }))
    .where('position', '>=', position)
    .execute()
}

/** Closes the gap an item left at `position`. */
export async function closeGap(db: Db, meetingId: string, parentId: string | null, position: number): Promise<void> {
  await siblings(db, meetingId, parentId)
    .set((eb) => ({ position: eb('position', '-', 1) }))
    .where('position', '>', position)
    .execute()
}
