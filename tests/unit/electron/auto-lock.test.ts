import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Database } from '../../../db/kernel/schema/database'
import { getSettings } from '../../../db/settings/settings.queries'
import { IDLE_CHECK_INTERVAL_MS, startAutoLock } from '../../../electron/main/lock/auto-lock'
import { powerMonitor, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))
vi.mock('../../../db/settings/settings.queries', () => ({ getSettings: vi.fn() }))

const fakeDb = {} as Kysely<Database>

/** Behaves like Vault where auto-lock can see it: db refuses once locked. */
function fakeVault() {
  const vault = {
    isUnlocked: true,
    lock: vi.fn(() => {
      vault.isUnlocked = false
    }),
    get db(): Kysely<Database> {
      if (!vault.isUnlocked) throw new Error('VAULT_LOCKED')
      return fakeDb
    },
  }
  return vault
}

let stop: () => void = () => undefined

beforeEach(() => {
  resetFakeElectron()
  vi.useFakeTimers()
  vi.mocked(getSettings).mockResolvedValue({ autoLockMinutes: 10, retentionYears: 5, backupReminderDays: 7 })
})

afterEach(() => {
  stop()
  vi.useRealTimers()
})

describe('auto-lock', () => {
  it('locks at once when the screen locks, and tells the renderer why', () => {
    const vault = fakeVault()
    const notify = vi.fn()
    stop = startAutoLock(vault, notify)
    powerMonitor.emit('lock-screen')
    expect(vault.lock).toHaveBeenCalledOnce()
    expect(notify).toHaveBeenCalledExactlyOnceWith('screen-lock')
  })

  it('locks when the machine goes to sleep', () => {
    const vault = fakeVault()
    const notify = vi.fn()
    stop = startAutoLock(vault, notify)
    powerMonitor.emit('suspend')
    expect(vault.lock).toHaveBeenCalledOnce()
    expect(notify).toHaveBeenCalledExactlyOnceWith('suspend')
  })

  it('locks when the system has been idle for the configured minutes', async () => {
    const vault = fakeVault()
    const notify = vi.fn()
    powerMonitor.getSystemIdleTime.mockReturnValue(10 * 60)
    stop = startAutoLock(vault, notify)
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_INTERVAL_MS)
    expect(getSettings).toHaveBeenCalledWith(fakeDb)
    expect(vault.lock).toHaveBeenCalledOnce()
    expect(notify).toHaveBeenCalledExactlyOnceWith('idle')
  })

  it('does not lock while the idle time is under the limit', async () => {
    const vault = fakeVault()
    const notify = vi.fn()
    powerMonitor.getSystemIdleTime.mockReturnValue(10 * 60 - 1)
    stop = startAutoLock(vault, notify)
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_INTERVAL_MS * 4)
    expect(getSettings).toHaveBeenCalledTimes(4)
    expect(vault.lock).not.toHaveBeenCalled()
    expect(notify).not.toHaveBeenCalled()
  })

  it('uses the limit from the settings, read on every check', async () => {
    const vault = fakeVault()
    const notify = vi.fn()
    powerMonitor.getSystemIdleTime.mockReturnValue(3 * 60)
    stop = startAutoLock(vault, notify)
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_INTERVAL_MS)
    expect(vault.lock).not.toHaveBeenCalled()
    vi.mocked(getSettings).mockResolvedValue({ autoLockMinutes: 3, retentionYears: 5, backupReminderDays: 7 })
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_INTERVAL_MS)
    expect(notify).toHaveBeenCalledExactlyOnceWith('idle')
  })

  it('leaves a locked vault alone and sends nothing', async () => {
    const vault = fakeVault()
    vault.isUnlocked = false
    const notify = vi.fn()
    powerMonitor.getSystemIdleTime.mockReturnValue(24 * 60 * 60)
    stop = startAutoLock(vault, notify)
    powerMonitor.emit('lock-screen')
    powerMonitor.emit('suspend')
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_INTERVAL_MS)
    expect(vault.lock).not.toHaveBeenCalled()
    expect(getSettings).not.toHaveBeenCalled()
    expect(notify).not.toHaveBeenCalled()
  })

  it('shows the lock screen even when closing the database fails, and logs no message', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const vault = fakeVault()
    vault.lock.mockImplementation(() => {
      vault.isUnlocked = false
      throw new Error('disk I/O error in /home/jansen/dossier')
    })
    const notify = vi.fn()
    stop = startAutoLock(vault, notify)
    expect(() => powerMonitor.emit('suspend')).not.toThrow()
    expect(notify).toHaveBeenCalledExactlyOnceWith('suspend')
    expect(JSON.stringify(error.mock.calls)).not.toContain('jansen')
  })

  it('stops listening when stopped', async () => {
    const vault = fakeVault()
    const notify = vi.fn()
    powerMonitor.getSystemIdleTime.mockReturnValue(24 * 60 * 60)
    startAutoLock(vault, notify)()
    powerMonitor.emit('lock-screen')
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_INTERVAL_MS * 2)
    expect(vault.lock).not.toHaveBeenCalled()
    expect(powerMonitor.listenerCount('lock-screen') + powerMonitor.listenerCount('suspend')).toBe(0)
  })
})
