import type { Channel } from '../../shared/contract/index'
import { generateDemoData } from '../demo/generate-demo-data'
import type { Vault } from '../vault/vault'
import { addVaultUser } from '../vault-users/vault-user.queries'
import type { HandlersFor } from './handler-types'

type VaultChannel = Extract<Channel, `vault:${string}`>

/**
 * Big enough to feel like a real region (1,250 cases over ten years) and for
 * the district report to show figures rather than "<5" in every district's
 * recent half-years; small enough to build in some seconds.
 */
export const DEMO_VAULT = { seed: 20_251_122, scale: 0.25 }

/**
 * Vault operations run one at a time: two unlock clicks or an idle lock during
 * a passphrase change must not interleave their key handling.
 */
function serial() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(operation: () => T | Promise<T>): Promise<T> => {
    const run = tail.then(operation, operation)
    tail = run.catch(() => undefined)
    return run
  }
}

/** The demo vault's fictitious owner, so its log names someone without asking. */
export const DEMO_OWNER = { name: 'Sanne de Vries (voorbeeld)', role: 'Secretaris OMT' }

export function vaultHandlers(vault: Vault): HandlersFor<VaultChannel> {
  const exclusive = serial()
  return {
    'vault:status': () => exclusive(() => vault.status()),
    'vault:create': ({ passphrase, passphraseRepeat, ownerName, ownerRole }) =>
      exclusive(async () => ({
        recoveryKey: await vault.create(passphrase, passphraseRepeat, async (db) => {
          await addVaultUser(db, { name: ownerName, role: ownerRole })
        }),
      })),
    'vault:unlock': ({ passphrase }) =>
      exclusive(async () => {
        await vault.unlock(passphrase)
        return vault.status()
      }),
    'vault:lock': () =>
      exclusive(() => {
        vault.lock()
        return vault.status()
      }),
    'vault:recover': ({ recoveryKey, passphrase, passphraseRepeat }) =>
      exclusive(async () => {
        await vault.recover(recoveryKey, passphrase, passphraseRepeat)
        return vault.status()
      }),
    'vault:set-aside-damaged': () =>
      exclusive(() => {
        vault.setAsideDamaged()
        return vault.status()
      }),
    'vault:open-demo': () =>
      exclusive(async () => {
        await vault.openDemo(async (db) => {
          // Histories run up to today, so the demo looks current whenever it is opened.
          await generateDemoData(db, { ...DEMO_VAULT, endDate: new Date().toISOString().slice(0, 10) })
          await addVaultUser(db, DEMO_OWNER)
        })
        return vault.status()
      }),
    'vault:confirm-recovery-key': ({ recoveryKey }) =>
      exclusive(async () => {
        await vault.confirmRecoveryKey(recoveryKey)
        return vault.status()
      }),
    'vault:renew-recovery-key': ({ passphrase }) =>
      exclusive(async () => ({ recoveryKey: await vault.renewRecoveryKey(passphrase) })),
    'vault:change-passphrase': ({ currentPassphrase, passphrase, passphraseRepeat }) =>
      exclusive(async () => {
        await vault.changePassphrase(currentPassphrase, passphrase, passphraseRepeat)
        return vault.status()
      }),
    'vault:new-data-key': ({ passphrase }) =>
      exclusive(async () => ({ recoveryKey: await vault.newDataKey(passphrase) })),
    'vault:reveal-data-key': ({ passphrase }) =>
      exclusive(async () => ({ dataKeyHex: await vault.revealDataKey(passphrase) })),
  }
}
