import type { Vault } from '../vault/vault'

/**
 * A getter for one object per vault, made on first use: the IPC handlers and
 * main's file dialogs must share the same back-up state (its progress, the
 * chosen restore file) without a module-wide singleton that outlives a test's vault.
 */
export function onePerVault<T extends object>(make: (vault: Vault) => T): (vault: Vault) => T {
  const made = new WeakMap<Vault, T>()
  return (vault) => {
    let found = made.get(vault)
    if (!found) {
      found = make(vault)
      made.set(vault, found)
    }
    return found
  }
}
