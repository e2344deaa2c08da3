import { useEffect } from 'react'
import { create } from 'zustand'
import type { MeetingModePosition } from '../../../shared/contract/meeting-mode.contract'
import { todayIso } from '../../../shared/domain/iso-date'
import { request } from '../api/request'
import { serialQueue } from '../lib/serial-queue'

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
  /** Puts an item on; the vault records it. Rejects with the vault's refusal, after reading its position back (or forgetting it when unreadable). */
  goTo: (meetingId: string, itemId: string) => Promise<void>
}

const fromVault = (position: MeetingModePosition): ModePosition | null =>
  position ? { itemId: position.itemId, since: Date.parse(position.since), spentMs: position.spentMs } : null

/** Reads and moves run one after another, so the vault sees them, and the screen gets their answers, in the order they were made. */
const queued = serialQueue()
/** Counts moves: an answer older than the newest move must not undo what the screen already shows. */
let moves = 0

const read = async (meetingId: string) => fromVault(await request('meeting-mode:get', { meetingId }))

/**
 * A thin cache of meeting mode's position in the vault. The vault keeps it
 * across a restart or a crash; the cache makes leaving meeting mode for a case
 * page and coming back instant, and a move shows before the vault has answered.
 */
export const useMeetingModeStore = create<MeetingModeState>()((set) => {
  /** Undefined forgets the meeting's position: unknown until the vault is read again. */
  const store = (meetingId: string, position: ModePosition | null | undefined) =>
    set((state) => {
      const byMeeting: Record<string, ModePosition | null> = { ...state.byMeeting }
      if (position === undefined) delete byMeeting[meetingId]
      else byMeeting[meetingId] = position
      return { byMeeting }
    })
  return {
    byMeeting: {},
    load(meetingId) {
      const ticket = moves
      // Behind the moves made before it: read earlier, it could briefly show an item the screen already left.
      return queued(async () => {
        const position = await read(meetingId)
        if (ticket === moves) store(meetingId, position)
      })
    },
    goTo(meetingId, itemId) {
      const ticket = ++moves
      set((state) => {
        const previous = state.byMeeting[meetingId]
        if (previous?.itemId === itemId) return state
        const now = Date.now()
        const spentMs = previous ? { ...previous.spentMs, [previous.itemId]: elapsedMs(previous, now) } : {}
        return { byMeeting: { ...state.byMeeting, [meetingId]: { itemId, since: now, spentMs } } }
      })
      return queued(async () => {
        try {
          const position = fromVault(await request('meeting-mode:move', { meetingId, itemId }))
          if (ticket === moves) store(meetingId, position)
        } catch (failure) {
          // The screen showed the move before the vault refused it: show what the vault says instead,
          // or nothing at all when it cannot be read (a locked vault), never a position it did not record.
          if (ticket === moves) {
            const position = await read(meetingId).catch(() => undefined)
            if (ticket === moves) store(meetingId, position)
          }
          throw failure
        }
      })
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

/** As the vault counts it: a stretch begun on an earlier day adds nothing (see moveMeetingMode). */
export function elapsedMs(position: ModePosition, now: number): number {
  const running = todayIso(new Date(position.since)) === todayIso(new Date(now)) ? Math.max(0, now - position.since) : 0
  return (position.spentMs[position.itemId] ?? 0) + running
}
