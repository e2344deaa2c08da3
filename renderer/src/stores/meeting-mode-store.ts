import { create } from 'zustand'

/** Where meeting mode is in one meeting, and how long each item has been on so far. */
export interface ModePosition {
  itemId: string
  /** When the current item came on (ms since the epoch). */
  since: number
  /** Time spent on items before, per item id: going back to an item continues its clock. */
  spentMs: Readonly<Record<string, number>>
}

interface MeetingModeState {
  byMeeting: Readonly<Record<string, ModePosition>>
  goTo: (meetingId: string, itemId: string, now: number) => void
}

/**
 * Kept outside the page, so leaving meeting mode for the meeting or a case
 * page and coming back lands on the same item with its clock still running:
 * the discussion went on meanwhile. In memory only: nothing of a meeting
 * leaves the vault, and locking keeps it (the app stays loaded).
 */
export const useMeetingModeStore = create<MeetingModeState>()((set) => ({
  byMeeting: {},
  goTo(meetingId, itemId, now) {
    set((state) => {
      const previous = state.byMeeting[meetingId]
      if (previous?.itemId === itemId) return state
      const spentMs = previous ? { ...previous.spentMs, [previous.itemId]: elapsedMs(previous, now) } : {}
      return { byMeeting: { ...state.byMeeting, [meetingId]: { itemId, since: now, spentMs } } }
    })
  },
}))

export function elapsedMs(position: ModePosition, now: number): number {
  return (position.spentMs[position.itemId] ?? 0) + Math.max(0, now - position.since)
}
