import type { Channel, LockReason } from '../../../shared/contract/index'

/** The window event a test dispatches to play main's "vault locked" push. Test-only. */
export const TEST_LOCK_EVENT = '__omt-test:vault-locked'

/**
 * Runs in the page before any of its scripts, in place of the preload: builds
 * `window.omt` from the contract's channel list and forwards every call to the
 * test process, where the real dispatcher answers on a real vault. It is
 * serialised into the page, so it must not use anything from its module.
 */
export function installOmtBridge({ channels, lockEvent }: { channels: readonly Channel[]; lockEvent: string }): void {
  const listeners = new Set<(reason: LockReason) => void>()
  const forward = (channel: Channel) => (input: unknown) => {
    // Installed by page.exposeBinding; typed here only, to keep it out of the renderer's Window type.
    const dispatch = (window as unknown as { __omtDispatch?: (channel: Channel, input: unknown) => Promise<unknown> })
      .__omtDispatch
    if (!dispatch) return Promise.reject(new Error('__omtDispatch binding missing'))
    return dispatch(channel, input)
  }
  const bridge: Record<string, unknown> = Object.fromEntries(channels.map((channel) => [channel, forward(channel)]))
  bridge.onVaultLocked = (listener: (reason: LockReason) => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  window.addEventListener(lockEvent, (event) => {
    const reason = (event as CustomEvent<LockReason>).detail
    for (const listener of listeners) listener(reason)
  })
  // Frozen and read-only, as contextBridge makes the preload's object.
  Object.defineProperty(window, 'omt', { value: Object.freeze(bridge), enumerable: true })
}
