import type { IpcRenderer, IpcRendererEvent } from 'electron'
import {
  type Envelope,
  type LockReason,
  type OmtBridge,
  channels,
  lockReasons,
  OmtError,
} from '../../shared/contract/index'
import { VAULT_LOCKED_EVENT } from '../events'

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

const isLockReason = (value: unknown): value is LockReason => (lockReasons as readonly unknown[]).includes(value)

/**
 * `window.omt`: one function per contract channel and the lock event, nothing
 * else. The renderer never gets ipcRenderer or an IpcRendererEvent (whose
 * `sender` is ipcRenderer), so it can reach no channel outside the contract.
 * Every call resolves to an envelope, even if the pipe itself fails.
 */
export function createBridge(ipc: BridgeIpc): OmtBridge {
  const internal: Envelope<never> = { ok: false, error: new OmtError('INTERNAL').toPayload() }
  const requests = Object.fromEntries(
    channels.map((channel) => [
      channel,
      (input: unknown): Promise<Envelope<unknown>> =>
        (ipc.invoke(channel, input) as Promise<Envelope<unknown>>).catch(() => internal),
    ]),
  )
  const onVaultLocked = (listener: (reason: LockReason) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, reason: unknown): void => {
      if (isLockReason(reason)) listener(reason)
    }
    ipc.on(VAULT_LOCKED_EVENT, forward)
    return () => {
      ipc.removeListener(VAULT_LOCKED_EVENT, forward)
    }
  }
  return Object.freeze({ ...requests, onVaultLocked }) as OmtBridge
}
