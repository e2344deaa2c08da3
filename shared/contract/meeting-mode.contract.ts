import { z } from 'zod'
import { Id } from '../domain/reference'
import { noCaseData } from './processing'

/**
 * Where meeting mode is in one meeting: the item that is on, since when (ISO,
 * main's clock), and the time spent so far per item id, not counting the
 * current item's running stretch. Null until meeting mode first opens.
 */
export const MeetingModePosition = z
  .object({
    itemId: Id,
    since: z.string(),
    spentMs: z.record(z.string(), z.number().int().nonnegative()),
  })
  .nullable()
export type MeetingModePosition = z.output<typeof MeetingModePosition>

const clock = noCaseData('The meeting mode clock: which item is on and the time spent per item; no contents.')

export const meetingModeContract = {
  'meeting-mode:get': { input: z.object({ meetingId: Id }), output: MeetingModePosition, processing: clock },
  /** "This item is now on": the time since the previous item came on is added to that item. */
  'meeting-mode:move': {
    input: z.object({ meetingId: Id, itemId: Id }),
    output: MeetingModePosition,
    processing: clock,
  },
} as const
