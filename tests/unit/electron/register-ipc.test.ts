import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import type { Dispatch } from '../../../db/handlers/dispatch'
import { registerIpc } from '../../../electron/main/ipc/register-ipc'
import { channels, type Envelope } from '../../../shared/contract/index'

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>

const fakeEvent = {} as IpcMainInvokeEvent

describe('registerIpc', () => {
  const handlers = new Map<string, Handler>()
  const ipcMain = { handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)) }
  const dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, value: 'answer' }))

  beforeEach(() => {
    handlers.clear()
    vi.clearAllMocks()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })

  const register = (trusted: boolean) => registerIpc(ipcMain, dispatch, () => trusted)

  it('registers exactly one handler per contract channel', () => {
    register(true)
    expect(ipcMain.handle).toHaveBeenCalledTimes(channels.length)
    expect([...handlers.keys()].sort()).toEqual([...channels].sort())
  })

  it('registers no handler for meeting:record-export: only export:save in main writes the export log', () => {
    register(true)
    expect(handlers.has('meeting:record-export')).toBe(false)
    expect(handlers.has('export:save')).toBe(true)
  })

  it('dispatches a trusted request with its channel and input', async () => {
    register(true)
    const answer = await handlers.get('settings:get')?.(fakeEvent, { some: 'input' })
    expect(dispatch).toHaveBeenCalledWith('settings:get', { some: 'input' })
    expect(answer).toEqual({ ok: true, value: 'answer' })
  })

  it('answers FORBIDDEN_SENDER on every channel without calling the dispatcher', async () => {
    register(false)
    for (const channel of channels) {
      const answer = await handlers.get(channel)?.(fakeEvent, {})
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('turns a throwing dispatcher into an INTERNAL envelope instead of a rejection', async () => {
    register(true)
    dispatch.mockRejectedValueOnce(new Error('SELECT * FROM partner WHERE name = "Jansen"'))
    const answer = await handlers.get('vault:status')?.(fakeEvent, {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(answer)).not.toContain('Jansen')
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toContain('Jansen')
  })
})
