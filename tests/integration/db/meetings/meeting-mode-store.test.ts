import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { todayIso } from '../../../../shared/domain/iso-date'
import { useMeetingModeStore } from '../../../../renderer/src/stores/meeting-mode-store'
import { PASSPHRASE, type TempVault } from '../../../support/temp-vault'
import { call, createMeeting, openMeetingVault, type Reference } from '../../../support/meeting-fixtures'

/**
 * The renderer's store talking to a real vault through the dispatcher, as the preload's bridge does;
 * a move takes a little longer to reach main than a read, as a busy IPC channel may make it.
 */
let made: TempVault
let ref: Reference
beforeAll(async () => {
  ;({ made, ref } = await openMeetingVault())
  const slowMoves = (channel: string) =>
    new Promise((resolve) => setTimeout(resolve, channel === 'meeting-mode:move' ? 50 : 0))
  const bridge = new Proxy(
    {},
    {
      get: (_target, channel: string) => async (input: unknown) =>
        slowMoves(channel).then(() => made.dispatch(channel, input)),
    },
  )
  vi.stubGlobal('window', { omt: bridge })
})
afterAll(() => {
  vi.unstubAllGlobals()
  made.cleanup()
})

const store = () => useMeetingModeStore.getState()

/** A meeting of table D: on today's date the clock runs, on any other it does not. */
async function meetingOn(date: string, startTime: string) {
  const meeting = await createMeeting(made.dispatch, ref, { date, startTime })
  return { meetingId: meeting.id, items: meeting.items.map((item) => item.id) }
}

describe('the meeting mode store shows what the vault recorded', () => {
  it('answers a read asked after a move with the moved position, not the one before', async () => {
    const { meetingId, items } = await meetingOn(todayIso(), '09:00')
    const moved = store().goTo(meetingId, items[1] ?? '')
    await store().load(meetingId)
    expect(store().byMeeting[meetingId]?.itemId).toBe(items[1])
    await moved
    expect(store().byMeeting[meetingId]?.itemId).toBe(items[1])
  })

  it('after a refused move shows the vault’s position again', async () => {
    const { meetingId, items } = await meetingOn('2025-01-15', '09:00')
    await store().load(meetingId)
    await expect(store().goTo(meetingId, items[0] ?? '')).rejects.toThrow(/alleen op de dag van de vergadering/u)
    expect(store().byMeeting[meetingId]).toBeNull()
  })

  it('after a move refused by a locked vault no longer claims a position: it is unknown until read again', async () => {
    const { meetingId, items } = await meetingOn(todayIso(), '11:00')
    await store().goTo(meetingId, items[0] ?? '')
    made.vault.lock()
    try {
      await expect(store().goTo(meetingId, items[2] ?? '')).rejects.toMatchObject({ code: 'VAULT_LOCKED' })
      expect(meetingId in store().byMeeting).toBe(false)
    } finally {
      await made.vault.unlock(PASSPHRASE)
    }
    await store().load(meetingId)
    expect(store().byMeeting[meetingId]?.itemId).toBe(items[0])
    expect((await call(made.dispatch, 'meeting-mode:get', { meetingId }))?.itemId).toBe(items[0])
  })
})
