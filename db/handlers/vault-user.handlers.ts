import type { Vault } from '../vault/vault'
import { addVaultUser, vaultOwner } from '../vault-users/vault-user.queries'
import type { HandlersFor } from './handler-types'

export function vaultUserHandlers(vault: Vault): HandlersFor<'vault-user:get' | 'vault-user:set'> {
  return {
    'vault-user:get': () => vaultOwner(vault.db),
    'vault-user:set': async ({ ownerName, ownerRole }) => {
      await addVaultUser(vault.db, { name: ownerName, role: ownerRole })
      return vaultOwner(vault.db)
    },
  }
}
