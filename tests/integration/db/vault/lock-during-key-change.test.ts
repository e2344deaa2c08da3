import { afterEach, describe, expect, it } from 'vitest'
import { Vault } from '../../../../db/vault/vault'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'

const NEW_PASSPHRASE = 'een heel ander geheim voor later'
let current: TempVault | null = null
afterEach(() => current?.cleanup())

/**
 * Auto-lock (idle, screen lock, sleep) and quitting lock the vault at any
 * moment, also while a key operation waits for Argon2. Whatever the moment,
 * the vault must open afterwards with one of the passphrases.
 */
describe('a lock in the middle of a key operation', () => {
  const operations = {
    'changing the passphrase': (vault: Vault) => vault.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE),
    'renewing the recovery key': (vault: Vault) => vault.renewRecoveryKey(PASSPHRASE),
    'a new data key': (vault: Vault) => vault.newDataKey(PASSPHRASE),
    'showing the data key': (vault: Vault) => vault.revealDataKey(PASSPHRASE),
  }

  for (const [name, operation] of Object.entries(operations)) {
    it(`${name}: the vault opens afterwards, whenever the lock came`, { timeout: 60_000 }, async () => {
      for (const delay of [0, 20, 60, 100, 160, 240]) {
        const made = await tempVault()
        current = made
        await made.vault.db.insertInto('setting').values({ key: 'marker', value: '"bewaard"' }).execute()
        const running = operation(made.vault).then(
          () => 'done',
          (error: unknown) => (error as { code?: string }).code ?? 'error',
        )
        await new Promise((resolve) => setTimeout(resolve, delay))
        made.vault.lock()
        await running
        made.vault.lock()
        const reopened = new Vault(made.folder)
        const opened = await reopened.unlock(PASSPHRASE).then(
          () => true,
          () => reopened.unlock(NEW_PASSPHRASE).then(() => true),
        )
        expect([delay, opened]).toEqual([delay, true])
        expect(
          await reopened.db.selectFrom('setting').select('value').where('key', '=', 'marker').executeTakeFirst(),
        ).toEqual({ value: '"bewaard"' })
        reopened.lock()
        made.cleanup()
        current = null
      }
    })
  }
})
