import { create } from 'zustand'
import type { LockReason } from '../../../shared/contract/index'
import type { VaultStatus } from '../../../shared/contract/vault.contract'
import { onLockedAnswer, request } from '../api/request'
import { lockCauseText } from '../lib/lock-cause-text'
import { announce } from './announcer-store'

/** Why the unlock screen shows; 'answer' means a request found the vault locked. */
export type LockCause = LockReason | 'answer'

interface SessionState {
  /** Null until the first status answer arrives. */
  status: VaultStatus | null
  /** Set when the status could not be read at all (no bridge). */
  statusError: string | null
  lockCause: LockCause | null
  /** Shown once after create or renew, until typed back. Never persisted. */
  pendingRecoveryKey: { key: string; renewed: boolean } | null
  /** Which locked screen: most users unlock, some have forgotten their passphrase. */
  lockedView: 'unlock' | 'recover'

  loadStatus: () => Promise<void>
  createVault: (passphrase: string, passphraseRepeat: string) => Promise<void>
  unlock: (passphrase: string) => Promise<void>
  recover: (recoveryKey: string, passphrase: string, passphraseRepeat: string) => Promise<void>
  lock: () => Promise<void>
  lockedByMain: (cause: LockCause) => void
  confirmRecoveryKey: (recoveryKey: string) => Promise<void>
  renewRecoveryKey: (passphrase: string) => Promise<void>
  setAsideDamaged: () => Promise<void>
  showLockedView: (view: 'unlock' | 'recover') => void
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

  async createVault(passphrase, passphraseRepeat) {
    const { recoveryKey } = await request('vault:create', { passphrase, passphraseRepeat })
    set({ pendingRecoveryKey: { key: recoveryKey, renewed: false }, status: await request('vault:status', {}), lockCause: null })
  },

  async unlock(passphrase) {
    const status = await request('vault:unlock', { passphrase })
    set({ status, lockCause: null, lockedView: 'unlock' })
  },

  async recover(recoveryKey, passphrase, passphraseRepeat) {
    const status = await request('vault:recover', { recoveryKey, passphrase, passphraseRepeat })
    set({ status, lockCause: null, lockedView: 'unlock' })
  },

  async lock() {
    const status = await request('vault:lock', {})
    set({ status, lockCause: 'user', pendingRecoveryKey: null, lockedView: 'unlock' })
    announce(lockCauseText.user)
  },

  lockedByMain(cause) {
    // An unconfirmed recovery key is dropped with the rest: the banner offers a new one after unlocking.
    const status = get().status
    if (status?.state !== 'unlocked') return
    // Everything else main reported still holds; only the state changed.
    set({ status: { ...status, state: 'locked' }, lockCause: cause, pendingRecoveryKey: null, lockedView: 'unlock' })
    announce(lockCauseText[cause])
  },

  async confirmRecoveryKey(recoveryKey) {
    const status = await request('vault:confirm-recovery-key', { recoveryKey })
    set({ status, pendingRecoveryKey: null })
  },

  async renewRecoveryKey(passphrase) {
    const { recoveryKey } = await request('vault:renew-recovery-key', { passphrase })
    set({ pendingRecoveryKey: { key: recoveryKey, renewed: true }, status: await request('vault:status', {}) })
  },

  async setAsideDamaged() {
    set({ status: await request('vault:set-aside-damaged', {}) })
  },

  showLockedView(view) {
    set({ lockedView: view })
  },
}))

onLockedAnswer(() => useSession.getState().lockedByMain('answer'))
