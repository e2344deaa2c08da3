import type { Vault } from '../../../../db/vault/vault'
import { extraAgendaItem } from '../../bench-inputs'
import { channelParts } from '../channel-parts'
import type { Operation } from '../floor-row'
import { type MeetingRef, meetingFloor } from './meeting.floor'

const ITEMS = 40

/**
 * Per table its meeting with concept minutes (the one a secretary works in),
 * brought to exactly 40 agenda items through the dispatcher: items added, or
 * sub-items without decisions taken off. The first is kept for decisions.
 */
export async function fortyItemMeetings(
  vault: Vault,
): Promise<{ meetings: MeetingRef[]; decisionMeeting: MeetingRef }> {
  const concept = await vault.db
    .selectFrom('meeting as m')
    .innerJoin('omt_table as t', 't.id', 'm.table_id')
    .select(['m.id', 'm.table_id', 'm.date', 'm.start_time'])
    .where('m.status', '=', 'verslag-concept')
    .orderBy('t.code')
    .execute()
  const [decisionMeeting, ...meetings] = concept
  if (!decisionMeeting || meetings.length === 0) throw new Error('the dataset has no meetings with concept minutes')
  const get = channelParts(vault, 'meeting:get')
  const add = channelParts(vault, 'agenda:add')
  const remove = channelParts(vault, 'agenda:delete')
  for (const meeting of meetings) {
    const detail = await get.call({ id: meeting.id })
    for (let count = detail.itemCount; count < ITEMS; count++)
      await add.call({
        meetingId: meeting.id,
        parentId: null,
        position: null,
        values: extraAgendaItem(`Extra punt ${String(count)}`),
      })
    // Last first, sub-items before sections, and only what has no decisions and no sub-items of its own.
    const parents = new Set(detail.items.map((item) => item.parentId))
    const removable = detail.items
      .filter((item) => item.decisions.length === 0 && !parents.has(item.id))
      .reverse()
      .sort((a, b) => b.depth - a.depth)
    for (let count = detail.itemCount; count > ITEMS; count--) {
      const item = removable.shift()
      if (!item) break
      await remove.call({ id: item.id })
    }
  }
  return { meetings, decisionMeeting }
}

export async function meetingOperation(vault: Vault, meetings: MeetingRef[], runs: number): Promise<Operation> {
  const parts = channelParts(vault, 'meeting:get')
  const outputs = await Promise.all(meetings.map((meeting) => parts.call({ id: meeting.id })))
  const pick = <T>(list: T[], run: number) => list[run % list.length] as T
  return {
    name: 'open-meeting-40-items',
    budget: { text: 'p95 < 20 ms, ratio ≤ 2', limit_ms: 20, on: 'p95', ratio: 2 },
    runs,
    ours: (run) => parts.call({ id: pick(meetings, run).id }),
    handler: (run) => parts.handler({ id: pick(meetings, run).id }),
    log: (run) => parts.appendLog({ id: pick(meetings, run).id }, pick(outputs, run)),
    floor: meetingFloor(meetings),
    logShape: parts.logShape({ id: pick(meetings, 0).id }, pick(outputs, 0)),
    parse: (run) => parts.parseOutput(pick(outputs, run)),
    extra: { items: outputs.map((output) => output.itemCount) },
  }
}
