/**
 * Meeting mode's clock per agenda item: time spent so far, and when the item
 * that is on now came on (null for every other item of the meeting).
 */
export interface MeetingModeClockTable {
  agenda_item_id: string
  meeting_id: string
  spent_ms: number
  /** ISO timestamp, taken in main. */
  on_since: string | null
}
