import { create } from 'zustand'
import type { Input } from '../../../shared/contract/index'
import { OmtError } from '../../../shared/contract/errors'
import type { VaultStatus } from '../../../shared/contract/vault.contract'
import { onLockedAnswer, request } from '../api/request'
import { announce } from './announcer-store'
import { type LockCause, lockCauseText } from './lock-cause'
import { useRoute } from './route-store'

/** Where the demo vault opens, and where the app returns after it: its ids mean nothing in the other vault. */
const REGISTER_ROUTE = 'casussen'

export interface PendingRecoveryKey {
  key: string
  renewed: boolean
  dataKeyReplaced: boolean
}

export type LockedView = 'unlock' | 'recover' | 'restore'

interface SessionState {
  /** Null until the first status answer arrives. */
  status: VaultStatus | null
  /** Set when the status could not be read at all (no bridge). */
  statusError: string | null
  lockCause: LockCause | null
  /** Shown once after create or renew, until typed back. Never persisted. */
  pendingRecoveryKey: PendingRecoveryKey | null
  /** Which screen without an open vault: most users unlock, some have forgotten their passphrase, some restore a back-up. */
  lockedView: LockedView

  loadStatus: () => Promise<void>
  createVault: (values: Input<'vault:create'>) => Promise<void>
  unlock: (passphrase: string) => Promise<void>
  recover: (recoveryKey: string, passphrase: string, passphraseRepeat: string) => Promise<void>
  lock: () => Promise<void>
  openDemo: () => Promise<void>
  lockedByMain: (cause: LockCause) => void
  confirmRecoveryKey: (recoveryKey: string) => Promise<void>
  /** With `newDataKey`, the data key is replaced too, so no older copy of the header opens the vault any more. */
  renewRecoveryKey: (passphrase: string, newDataKey: boolean) => Promise<void>
  setAsideDamaged: () => Promise<void>
  /** A back-up took the vault's place and is open: the app starts again from the case register. */
  restored: (status: VaultStatus) => void
  showLockedView: (view: LockedView) => void
}

export const useSession = create<SessionState>()((set, get) => ({
  status: null,
  statusError: null,
  lockCause: null,
  pendingRecoveryKey: null,
  lockedView: 'unlock',

  async loadStatus() {
    try {
      set({ status: await request('vault:status', {}), statusError: null })
    } catch (error) {
      set({ statusError: error instanceof Error ? error.message : String(error) })
    }
  },

  async createVault(values) {
    const { recoveryKey } = await request('vault:create', values)
    set({
      pendingRecoveryKey: { key: recoveryKey, renewed: false, dataKeyReplaced: false },
      status: await request('vault:status', {}),
      lockCause: null,
    })
  },

  async unlock(passphrase) {
    try {
      const status = await request('vault:unlock', { passphrase })
      set({ status, lockCause: null, lockedView: 'unlock' })
    } catch (error) {
      // Damage is found at unlock, when every page is read: main now says so, and the damaged-vault screen offers a restore.
      if (error instanceof OmtError && error.code === 'VAULT_DAMAGED') await get().loadStatus()
      throw error
    }
  },

  async recover(recoveryKey, passphrase, passphraseRepeat) {
    const status = await request('vault:recover', { recoveryKey, passphrase, passphraseRepeat })
    set({ status, lockCause: null, lockedView: 'unlock' })
  },

  async lock() {
    const wasDemo = get().status?.demo ?? false
    const status = await request('vault:lock', {})
    const cause = wasDemo ? 'demo' : 'user'
    set({ status, lockCause: cause, pendingRecoveryKey: null, lockedView: 'unlock' })
    if (wasDemo) useRoute.getState().replace(REGISTER_ROUTE)
    announce(wasDemo && status.state === 'none' ? 'De voorbeeldkluis is gesloten en verwijderd.' : lockCauseText[cause])
  },

  async openDemo() {
    const status = await request('vault:open-demo', {})
    useRoute.getState().replace(REGISTER_ROUTE)
    set({ status, lockCause: null, pendingRecoveryKey: null, lockedView: 'unlock' })
    announce('De voorbeeldkluis met fictieve gegevens is geopend.')
  },

  lockedByMain(cause) {
    // An unconfirmed recovery key is dropped with the rest: the banner offers a new one after unlocking.
    const status = get().status
    if (status?.state !== 'unlocked') return
    // Everything else main reported still holds; only the state changed.
    set({
      status: { ...status, state: 'locked', demo: false },
      lockCause: cause,
      pendingRecoveryKey: null,
      lockedView: 'unlock',
    })
    announce(lockCauseText[cause])
    // A demo vault is removed, not locked: what remains is the user's own vault (or none yet), so ask main.
    if (status.demo) {
      useRoute.getState().replace(REGISTER_ROUTE)
      void get().loadStatus()
    }
  },

  async confirmRecoveryKey(recoveryKey) {
    const status = await request('vault:confirm-recovery-key', { recoveryKey })
    set({ status, pendingRecoveryKey: null })
  },

  async renewRecoveryKey(passphrase, newDataKey) {
    const { recoveryKey } = await request(newDataKey ? 'vault:new-data-key' : 'vault:renew-recovery-key', {
      passphrase,
    })
    set({
      pendingRecoveryKey: { key: recoveryKey, renewed: true, dataKeyReplaced: newDataKey },
      status: await request('vault:status', {}),
    })
  },

  async setAsideDamaged() {
    set({ status: await request('vault:set-aside-damaged', {}) })
  },

  restored(status) {
    useRoute.getState().replace(REGISTER_ROUTE)
    set({ status, lockCause: null, pendingRecoveryKey: null, lockedView: 'unlock' })
  },

  showLockedView(view) {
    set({ lockedView: view })
  },
}))

onLockedAnswer(() => useSession.getState().lockedByMain('answer'))
