import { describe, expect, it } from 'vitest'
import {
  type FrameLike,
  isTrustedPresenterSender,
  type OurWindow,
  PRESENTER_WINDOW_CHANNELS,
} from '../../../electron/main/ipc/sender-check'
import { channels } from '../../../shared/contract/index'

const frame = (processId: number, changes: Partial<FrameLike> = {}): FrameLike => ({
  url: 'app://tafelwerk/index.html#/presentator?sessie=abcdefgh12',
  processId,
  routingId: 1,
  parent: null,
  ...changes,
})
const window = (id: number, processId: number): OurWindow => ({ webContents: { id, mainFrame: frame(processId) } })
const event = (senderId: number, senderFrame: FrameLike | null) => ({ sender: { id: senderId }, senderFrame })
const presenter = window(31, 7)

describe('isTrustedPresenterSender', () => {
  it('lets the live presenter window use its few channels', () => {
    for (const channel of PRESENTER_WINDOW_CHANNELS)
      expect(isTrustedPresenterSender(event(31, frame(7)), [presenter], null, channel), channel).toBe(true)
  })

  it('refuses it every other channel, opening packages and exports included', () => {
    const others = channels.filter((channel) => !PRESENTER_WINDOW_CHANNELS.includes(channel))
    expect(others).toEqual(expect.arrayContaining(['export:save', 'vault:unlock', 'presenter:open']))
    for (const channel of others)
      expect(isTrustedPresenterSender(event(31, frame(7)), [presenter], null, channel), channel).toBe(false)
  })

  it('refuses a closed presenter window, another window, a subframe and a foreign page', () => {
    expect(isTrustedPresenterSender(event(31, frame(7)), [], null, 'vault:status')).toBe(false)
    expect(isTrustedPresenterSender(event(32, frame(7)), [presenter], null, 'vault:status')).toBe(false)
    expect(
      isTrustedPresenterSender(event(31, frame(7, { routingId: 2, parent: {} })), [presenter], null, 'vault:status'),
    ).toBe(false)
    expect(
      isTrustedPresenterSender(
        event(31, frame(7, { url: 'https://evil.example/' })),
        [presenter],
        null,
        'vault:status',
      ),
    ).toBe(false)
  })
})
