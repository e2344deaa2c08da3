import { describe, expect, it } from 'vitest'
import {
  type FrameLike,
  isTrustedPrintSender,
  isTrustedSender,
  type OurWindow,
  PRINT_WINDOW_CHANNELS,
} from '../../../electron/main/ipc/sender-check'
import { channels } from '../../../shared/contract/index'

const frame = (processId: number, changes: Partial<FrameLike> = {}): FrameLike => ({
  url: 'app://tafelwerk/index.html#/afdruk/verslag/m1?variant=volledig',
  processId,
  routingId: 1,
  parent: null,
  ...changes,
})
const window = (id: number, processId: number): OurWindow => ({ webContents: { id, mainFrame: frame(processId) } })
const event = (senderId: number, senderFrame: FrameLike | null) => ({ sender: { id: senderId }, senderFrame })

const main = window(11, 4)
const print = window(21, 9)

describe('isTrustedPrintSender', () => {
  it('lets a hidden print window read the vault status and the document it prints', () => {
    expect(PRINT_WINDOW_CHANNELS).toEqual([
      'vault:status',
      'export:document',
      'districtReport:get',
      'processing-register:document',
      'subject-overview:get',
    ])
    for (const channel of PRINT_WINDOW_CHANNELS)
      expect(isTrustedPrintSender(event(21, frame(9)), [print], null, channel)).toBe(true)
  })

  it('refuses every other channel from a print window, saving and changes included', () => {
    const others = channels.filter((channel) => !PRINT_WINDOW_CHANNELS.includes(channel))
    expect(others).toContain('export:save')
    expect(others).toContain('districtReport:save')
    expect(others).toContain('subject-overview:save')
    expect(others).toContain('processing-register:update')
    for (const channel of others)
      expect(isTrustedPrintSender(event(21, frame(9)), [print], null, channel), channel).toBe(false)
    // The main window's check stays as strict as before: a print window is not the main window.
    expect(isTrustedSender(event(21, frame(9)), main, null)).toBe(false)
  })

  it('refuses a window that is not a live print window, a subframe, a foreign page and a gone frame', () => {
    expect(isTrustedPrintSender(event(21, frame(9)), [], null, 'export:document')).toBe(false)
    expect(isTrustedPrintSender(event(22, frame(9)), [print], null, 'export:document')).toBe(false)
    expect(
      isTrustedPrintSender(event(21, frame(9, { routingId: 2, parent: {} })), [print], null, 'export:document'),
    ).toBe(false)
    expect(
      isTrustedPrintSender(event(21, frame(9, { url: 'https://evil.example/' })), [print], null, 'export:document'),
    ).toBe(false)
    expect(isTrustedPrintSender(event(21, null), [print], null, 'export:document')).toBe(false)
  })

  it('still trusts the main window for everything', () => {
    for (const channel of ['export:save', 'meeting:update', 'vault:lock'] as const)
      expect(isTrustedSender(event(11, frame(4)), main, null) && channel.length > 0).toBe(true)
  })
})

describe('registerIpc and the print window', () => {
  it('hands the check the channel, so a print window can be held to reading', async () => {
    const { registerIpc } = await import('../../../electron/main/ipc/register-ipc')
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
    const ipcMain = {
      handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) =>
        void handlers.set(channel, handler),
    }
    const seen: string[] = []
    registerIpc(
      ipcMain as never,
      () => Promise.resolve({ ok: true, value: null }),
      (_event, channel) => {
        seen.push(channel)
        return channel === 'export:document'
      },
    )
    await expect(handlers.get('export:document')?.({}, {})).resolves.toEqual({ ok: true, value: null })
    await expect(handlers.get('export:save')?.({}, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    })
    expect(seen).toEqual(['export:document', 'export:save'])
  })
})
