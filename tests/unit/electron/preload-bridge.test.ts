import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { VAULT_LOCKED_EVENT } from '../../../electron/events'
import { type BridgeIpc, createBridge } from '../../../electron/preload/create-bridge'
import { channels, isChannel } from '../../../shared/contract/index'
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

/** ipcRenderer's event side is an EventEmitter; invoke is a spy. */
function fakeIpc() {
  const events = new EventEmitter()
  const invoke = vi.fn((_channel: string, _input: unknown): Promise<unknown> => Promise.resolve({ ok: true, value: 1 }))
  const ipc = {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => events.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      events.removeListener(channel, listener),
  }
  return { ipc: ipc as unknown as BridgeIpc, invoke, events }
}

describe('the preload bridge (window.omt)', () => {
  beforeEach(resetFakeElectron)

  it('has one function per contract channel plus onVaultLocked, and nothing else', () => {
    const bridge = createBridge(fakeIpc().ipc)
    expect(Object.keys(bridge).sort()).toEqual([...channels, 'onVaultLocked'].sort())
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it('has no way to write the export log: meeting:record-export is no channel', () => {
    const bridge = createBridge(fakeIpc().ipc) as unknown as Record<string, unknown>
    expect(isChannel('meeting:record-export')).toBe(false)
    expect(bridge['meeting:record-export']).toBeUndefined()
  })

  it('forwards a request to its own channel with its input, and returns the envelope', async () => {
    const { ipc, invoke } = fakeIpc()
    const bridge = createBridge(ipc)
    await expect(bridge['vault:unlock']({ passphrase: 'x' })).resolves.toEqual({ ok: true, value: 1 })
    expect(invoke).toHaveBeenCalledExactlyOnceWith('vault:unlock', { passphrase: 'x' })
  })

  it('answers an INTERNAL envelope when the pipe itself fails, without the error text', async () => {
    const { ipc, invoke } = fakeIpc()
    invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'settings:get': secret"))
    const answer = await createBridge(ipc)['settings:get']({})
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(answer)).not.toContain('secret')
  })

  it('passes only a valid lock reason to the listener (never the IPC event), until unsubscribed', () => {
    const { ipc, events } = fakeIpc()
    const listener = vi.fn()
    const unsubscribe = createBridge(ipc).onVaultLocked(listener)
    const ipcEvent = { sender: 'ipcRenderer itself' }
    events.emit(VAULT_LOCKED_EVENT, ipcEvent, 'idle')
    expect(listener).toHaveBeenCalledExactlyOnceWith('idle')
    events.emit(VAULT_LOCKED_EVENT, ipcEvent, 'not-a-reason')
    events.emit(VAULT_LOCKED_EVENT, ipcEvent, { reason: 'idle' })
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    events.emit(VAULT_LOCKED_EVENT, ipcEvent, 'suspend')
    expect(listener).toHaveBeenCalledTimes(1)
    expect(events.listenerCount(VAULT_LOCKED_EVENT)).toBe(0)
  })

  it('uses an event name that is not a request channel', () => {
    expect(isChannel(VAULT_LOCKED_EVENT)).toBe(false)
  })

  it('exposes exactly one object, as window.omt, and never ipcRenderer', async () => {
    await import('../../../electron/preload/index')
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>]
    expect(name).toBe('omt')
    expect(Object.keys(exposed).sort()).toEqual([...channels, 'onVaultLocked'].sort())
    expect(Object.values(exposed)).not.toContain(ipcRenderer)
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null })
    await (exposed['vault:status'] as (input: unknown) => Promise<unknown>)({})
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('vault:status', {})
  })
})
