import { OmtError } from '../../shared/contract/errors'
import { todayIso } from '../../shared/domain/iso-date'
import type { MeetingModePosition } from '../../shared/contract/meeting-mode.contract'
import { itemFacts } from '../kernel/agenda-item-guard.queries'
import type { Db } from '../kernel/schema/database'
import { editableMeeting, meetingFacts, meetingLabel } from '../kernel/meeting-guard.queries'

async function positionOf(db: Db, meetingId: string): Promise<MeetingModePosition> {
  const rows = await db
    .selectFrom('meeting_mode_clock')
    .select(['agenda_item_id', 'spent_ms', 'on_since'])
    .where('meeting_id', '=', meetingId)
    .execute()
  const current = rows.find((row) => row.on_since !== null)
  if (!current?.on_since) return null
  const spentMs = Object.fromEntries(
    rows.filter((row) => row.spent_ms > 0).map((row) => [row.agenda_item_id, row.spent_ms]),
  )
  return { itemId: current.agenda_item_id, since: current.on_since, spentMs }
}

export async function meetingModePosition(db: Db, meetingId: string): Promise<MeetingModePosition> {
  await meetingFacts(db, meetingId)
  return positionOf(db, meetingId)
}

/**
 * Puts `itemId` on at `now`: the stretch since the previous item came on is
 * added to that item's clock in the same transaction, so a crash never loses
 * or counts a stretch twice. Moving to the item that is on changes nothing.
 *
 * The clock only runs on the day of the meeting (local date): opened days
 * before to prepare, or again after the meeting, meeting mode would otherwise
 * count every hour the app was closed.
 */
export function moveMeetingMode(db: Db, meetingId: string, itemId: string, now: Date): Promise<MeetingModePosition> {
  return db.transaction().execute(async (trx) => {
    const meeting = await editableMeeting(trx, meetingId)
    const today = todayIso(now)
    if (meeting.date !== today) {
      throw new OmtError(
        'VALIDATION',
        `De klok van de vergadermodus loopt alleen op de dag van de vergadering. De vergadering van ${meetingLabel(meeting)} is niet vandaag; er is niets vastgelegd.`,
      )
    }
    const item = await itemFacts(trx, itemId)
    if (item.meeting.id !== meetingId) {
      throw new OmtError(
        'VALIDATION',
        `Dit agendapunt staat niet op de agenda van de vergadering van ${meetingLabel(meeting)}. Kies een agendapunt van deze vergadering.`,
      )
    }
    const current = await trx
      .selectFrom('meeting_mode_clock')
      .select(['agenda_item_id', 'on_since'])
      .where('meeting_id', '=', meetingId)
      .where('on_since', 'is not', null)
      .executeTakeFirst()
    if (current?.agenda_item_id === itemId) return positionOf(trx, meetingId)
    if (current?.on_since) {
      // A clock set back (time zone, manual change) must not make time spent negative.
      // A stretch begun on an earlier day (the meeting ran past midnight, or its date
      // was moved) is closed without adding anything: when the app stopped counting
      // that day is unknown, and up to midnight would be invented time.
      const sameDay = todayIso(new Date(current.on_since)) === today
      const stretch = sameDay ? Math.max(0, now.getTime() - Date.parse(current.on_since)) : 0
      await trx
        .updateTable('meeting_mode_clock')
        .set((eb) => ({ spent_ms: eb('spent_ms', '+', stretch), on_since: null }))
        .where('agenda_item_id', '=', current.agenda_item_id)
        .execute()
    }
    const since = now.toISOString()
    await trx
      .insertInto('meeting_mode_clock')
      .values({ agenda_item_id: itemId, meeting_id: meetingId, spent_ms: 0, on_since: since })
      .onConflict((conflict) => conflict.column('agenda_item_id').doUpdateSet({ on_since: since }))
      .execute()
    return positionOf(trx, meetingId)
  })
}
