import type { VaultStatus } from '../../shared/contract/vault.contract'
import type { UnsealedHeader } from './header'

/** What the lock screen and the settings say about the keys; read from the header, which holds no secret. */
export function keyFacts(header: UnsealedHeader | null): Pick<VaultStatus, 'recoveryKeyConfirmed' | 'dataKeyShown'> {
  if (!header) return { recoveryKeyConfirmed: false, dataKeyShown: true }
  return { recoveryKeyConfirmed: header.recoveryConfirmed, dataKeyShown: header.dataKeyShownAt !== null }
}
