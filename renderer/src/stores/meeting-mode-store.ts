import { useEffect } from 'react'
import { create } from 'zustand'
import type { MeetingModePosition } from '../../../shared/contract/meeting-mode.contract'
import { request } from '../api/request'

/** Where meeting mode is in one meeting, and how long each item has been on so far. */
export interface ModePosition {
  itemId: string
  /** When the current item came on (ms since the epoch). */
  since: number
  /** Time spent on items before, per item id: going back to an item continues its clock. */
  spentMs: Readonly<Record<string, number>>
}

interface MeetingModeState {
  /** Per meeting: absent until the vault has answered, null when meeting mode never opened. */
  byMeeting: Readonly<Record<string, ModePosition | null>>
  /** Reads the vault's position again. */
  load: (meetingId: string) => Promise<void>
  /** Puts an item on; the vault records it. Rejects with the vault's refusal, after reading its position back. */
  goTo: (meetingId: string, itemId: string) => Promise<void>
}

const fromVault = (position: MeetingModePosition): ModePosition | null =>
  position ? { itemId: position.itemId, since: Date.parse(position.since), spentMs: position.spentMs } : null

/** Moves run one after another, so the vault sees them in the order they were made. */
let queue: Promise<unknown> = Promise.resolve()
/** Counts moves: an answer older than the newest move must not undo what the screen already shows. */
let moves = 0

/**
 * A thin cache of meeting mode's position in the vault. The vault keeps it
 * across a restart or a crash; the cache makes leaving meeting mode for a case
 * page and coming back instant, and a move shows before the vault has answered.
 */
export const useMeetingModeStore = create<MeetingModeState>()((set) => {
  const store = (meetingId: string, position: ModePosition | null) => set((state) => ({ byMeeting: { ...state.byMeeting, [meetingId]: position } }))
  const load = async (meetingId: string) => {
    const ticket = moves
    const position = fromVault(await request('meeting-mode:get', { meetingId }))
    if (ticket === moves) store(meetingId, position)
  }
  return {
    byMeeting: {},
    load,
    goTo(meetingId, itemId) {
      const ticket = ++moves
      set((state) => {
        const previous = state.byMeeting[meetingId]
        if (previous?.itemId === itemId) return state
        const now = Date.now()
        const spentMs = previous ? { ...previous.spentMs, [previous.itemId]: elapsedMs(previous, now) } : {}
        return { byMeeting: { ...state.byMeeting, [meetingId]: { itemId, since: now, spentMs } } }
      })
      const recorded = queue.then(async () => {
        try {
          const position = fromVault(await request('meeting-mode:move', { meetingId, itemId }))
          if (ticket === moves) store(meetingId, position)
        } catch (failure) {
          if (ticket === moves) await load(meetingId).catch(() => undefined)
          throw failure
        }
      })
      queue = recorded.catch(() => undefined)
      return recorded
    },
  }
})

/** The position of a meeting, read from the vault when the component mounts; undefined until it answers. */
export function useModePosition(meetingId: string): ModePosition | null | undefined {
  const position = useMeetingModeStore((state) => state.byMeeting[meetingId])
  const load = useMeetingModeStore((state) => state.load)
  useEffect(() => {
    // A failed read leaves the cache as it was; the meeting's own screen reports a vault that cannot be reached.
    load(meetingId).catch(() => undefined)
  }, [load, meetingId])
  return position
}

export function elapsedMs(position: ModePosition, now: number): number {
  return (position.spentMs[position.itemId] ?? 0) + Math.max(0, now - position.since)
}
