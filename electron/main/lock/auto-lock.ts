import { powerMonitor } from 'electron'
import type { Kysely } from 'kysely'
import type { LockReason } from '../../../shared/contract/index'
import { getSettings } from '../../../db/settings/settings.queries'
import type { Database } from '../../../db/kernel/schema/database'
import { errorName } from '../log/safe-log'

/** What auto-lock needs of the vault. */
export interface LockableVault {
  readonly isUnlocked: boolean
  readonly db: Kysely<Database>
  lock(): void
}

/** Often enough that the lock comes within seconds of the limit; one tiny query each time. */
export const IDLE_CHECK_INTERVAL_MS = 15_000

/**
 * Closes the vault when the user walks away: at once when the screen locks or
 * the machine sleeps (someone else may open the lid), and after the configured
 * minutes without keyboard or mouse input anywhere on the system. The limit is
 * read from the vault's settings on every check, so a change in the settings
 * page applies without a restart. `notify` tells the renderer to show the lock
 * screen; it is called only when this actually locked an open vault.
 */
export function startAutoLock(
  vault: LockableVault,
  notify: (reason: LockReason) => void,
  intervalMs = IDLE_CHECK_INTERVAL_MS,
): () => void {
  const lockFor = (reason: LockReason): void => {
    if (!vault.isUnlocked) return
    try {
      vault.lock()
    } catch (error) {
      // Vault.lock drops the database and wipes the key even when closing the
      // file fails, so the vault is locked; the lock screen must show either way.
      console.error('[tafelwerk] kluis niet netjes gesloten', { errorName: errorName(error) })
    }
    notify(reason)
  }

  const checkIdle = async (): Promise<void> => {
    if (!vault.isUnlocked) return
    const { autoLockMinutes } = await getSettings(vault.db)
    if (powerMonitor.getSystemIdleTime() >= autoLockMinutes * 60) lockFor('idle')
  }

  const onScreenLock = (): void => lockFor('screen-lock')
  const onSuspend = (): void => lockFor('suspend')
  powerMonitor.on('lock-screen', onScreenLock)
  // macOS fast user switching: another user gets the screen, same as a lock.
  powerMonitor.on('user-did-resign-active', onScreenLock)
  powerMonitor.on('suspend', onSuspend)
  const timer = setInterval(() => {
    checkIdle().catch((error: unknown) => {
      // The vault may have been locked between the check and the query.
      if (vault.isUnlocked)
        console.error('[tafelwerk] controle op inactiviteit mislukt', { errorName: errorName(error) })
    })
  }, intervalMs)

  return () => {
    clearInterval(timer)
    powerMonitor.off('lock-screen', onScreenLock)
    powerMonitor.off('user-did-resign-active', onScreenLock)
    powerMonitor.off('suspend', onSuspend)
  }
}
