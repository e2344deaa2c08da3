import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { Envelope } from '../../../shared/contract/index'
import type { MeetingModePosition } from '../../../shared/contract/meeting-mode.contract'
import { elapsedMs, useMeetingModeStore } from '../../../renderer/src/stores/meeting-mode-store'

type Answer = Envelope<MeetingModePosition>

/**
 * A stand-in for window.omt with the two meeting-mode channels. It records
 * every call and answers each one only when the test says so, so the order
 * in which the store asks and the vault answers is the test's to choose.
 */
function fakeBridge() {
  const calls: { channel: string; input: unknown; answer: (envelope: Answer) => void }[] = []
  const channel = (name: string) => (input: unknown) =>
    new Promise<Answer>((answer) => calls.push({ channel: name, input, answer }))
  return {
    calls,
    bridge: { 'meeting-mode:get': channel('meeting-mode:get'), 'meeting-mode:move': channel('meeting-mode:move') },
  }
}

const at = (itemId: string, since: string, spentMs: Record<string, number> = {}): Answer => ({
  ok: true,
  value: { itemId, since, spentMs },
})
const refused: Answer = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Dit agendapunt hoort niet bij deze vergadering.' },
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const shown = (meetingId: string) => useMeetingModeStore.getState().byMeeting[meetingId]

let omt: ReturnType<typeof fakeBridge>
let meetingId: string
let meetings = 0
beforeEach(() => {
  omt = fakeBridge()
  vi.stubGlobal('window', { omt: omt.bridge })
  // The store is one per app; a fresh meeting per test keeps the tests apart.
  meetingId = `meeting-${String(++meetings)}`
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('meeting mode store', () => {
  test('load shows the position the vault recorded', async () => {
    const loading = useMeetingModeStore.getState().load(meetingId)
    await flush()
    expect(omt.calls.map((call) => [call.channel, call.input])).toEqual([['meeting-mode:get', { meetingId }]])
    expect(shown(meetingId)).toBeUndefined()
    omt.calls[0]?.answer(at('item-2', '2026-12-03T09:00:00.000Z', { 'item-1': 60_000 }))
    await loading
    expect(shown(meetingId)).toEqual({
      itemId: 'item-2',
      since: Date.parse('2026-12-03T09:00:00.000Z'),
      spentMs: { 'item-1': 60_000 },
    })
  })

  test('a move shows at once, before the vault has answered, and then as the vault recorded it', async () => {
    const moving = useMeetingModeStore.getState().goTo(meetingId, 'item-1')
    expect(shown(meetingId)?.itemId).toBe('item-1')
    await flush()
    omt.calls[0]?.answer(at('item-1', '2026-12-03T09:05:00.000Z'))
    await moving
    expect(shown(meetingId)).toEqual({ itemId: 'item-1', since: Date.parse('2026-12-03T09:05:00.000Z'), spentMs: {} })
  })

  test('moves reach the vault one after another, in the order they were made', async () => {
    const { goTo } = useMeetingModeStore.getState()
    const first = goTo(meetingId, 'item-1')
    const second = goTo(meetingId, 'item-2')
    await flush()
    expect(omt.calls).toHaveLength(1)
    omt.calls[0]?.answer(at('item-1', '2026-12-03T09:00:00.000Z'))
    await first
    // The answer to the older move does not undo the newer one on screen.
    expect(shown(meetingId)?.itemId).toBe('item-2')
    await flush()
    expect(omt.calls.map((call) => call.input)).toEqual([
      { meetingId, itemId: 'item-1' },
      { meetingId, itemId: 'item-2' },
    ])
    omt.calls[1]?.answer(at('item-2', '2026-12-03T09:01:00.000Z', { 'item-1': 60_000 }))
    await second
    expect(shown(meetingId)?.spentMs).toEqual({ 'item-1': 60_000 })
  })

  test('a refused move rejects, and the screen shows what the vault read back instead', async () => {
    const moving = useMeetingModeStore.getState().goTo(meetingId, 'elsewhere')
    const outcome = moving.catch((failure: unknown) => failure)
    await flush()
    omt.calls[0]?.answer(refused)
    await flush()
    expect(omt.calls[1]?.channel).toBe('meeting-mode:get')
    omt.calls[1]?.answer(at('item-3', '2026-12-03T08:30:00.000Z'))
    expect(await outcome).toMatchObject({
      code: 'VALIDATION',
      message: 'Dit agendapunt hoort niet bij deze vergadering.',
    })
    expect(shown(meetingId)?.itemId).toBe('item-3')
  })

  test('a refused move whose read-back fails too leaves no position, never one the vault did not record', async () => {
    const outcome = useMeetingModeStore
      .getState()
      .goTo(meetingId, 'item-1')
      .catch((failure: unknown) => failure)
    await flush()
    omt.calls[0]?.answer(refused)
    await flush()
    omt.calls[1]?.answer({ ok: false, error: { code: 'VAULT_LOCKED', message: 'De kluis is vergrendeld.' } })
    await outcome
    expect(meetingId in useMeetingModeStore.getState().byMeeting).toBe(false)
  })
})

describe('elapsedMs', () => {
  const since = Date.parse('2026-12-03T09:00:00')
  test('the time before, plus the running stretch of today', () => {
    expect(elapsedMs({ itemId: 'a', since, spentMs: { a: 5_000 } }, since + 60_000)).toBe(65_000)
  })
  test('a stretch begun on an earlier day adds nothing', () => {
    expect(elapsedMs({ itemId: 'a', since, spentMs: { a: 5_000 } }, Date.parse('2026-12-04T09:00:00'))).toBe(5_000)
  })
})
