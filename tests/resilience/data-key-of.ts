import type { Vault } from '../../db/vault/vault'

/**
 * The open vault's data key in hex, taken as a back-up takes it: no Argon2
 * (the kill test unlocks hundreds of times), and unlike revealDataKey the
 * header is not marked as having shown it.
 */
export function dataKeyOf(vault: Vault): Promise<string> {
  return vault.withCommittedState((state) => {
    const hex = state.dataKey.toString('hex')
    state.dataKey.fill(0)
    return hex
  })
}
