import { Vault } from '../../db/vault/vault'
import { PASSPHRASE } from '../support/temp-vault'

export interface Reopened {
  vault: Vault
  /** The data key did not open the vault and the passphrase did: only honest after a kill inside a rotation. */
  fellBack: boolean
  /** Why the data key did not open it, when it did not. */
  keyError: string | null
}

/**
 * Opens the vault after a kill as the app would: with the passphrase, or,
 * to save Argon2's time, with the data key the child last reported. A kill
 * inside a rotation may have left the vault under a key the child never got
 * to print; then only the passphrase, which unwraps both keys, opens it.
 */
export async function reopen(folder: string, dataKeyHex: string | null): Promise<Reopened> {
  if (dataKeyHex) {
    const vault = new Vault(folder)
    try {
      await vault.unlockWithDataKey(Buffer.from(dataKeyHex, 'hex'))
      return { vault, fellBack: false, keyError: null }
    } catch (error) {
      const keyError =
        error instanceof Error ? `${error.name} ${String((error as { code?: unknown }).code)}` : 'unknown'
      const vaultByPassphrase = new Vault(folder)
      await vaultByPassphrase.unlock(PASSPHRASE)
      return { vault: vaultByPassphrase, fellBack: true, keyError }
    }
  }
  const vault = new Vault(folder)
  await vault.unlock(PASSPHRASE)
  return { vault, fellBack: false, keyError: null }
}
