import { OmtError } from '../../shared/contract/errors'
import type { KeyWraps, VaultHeader } from './header'
import { usingKey } from './key-wrap'
import { openWithPassphrase, openWithRecoveryKey } from './key-wraps'
import { parseRecoveryKey } from './recovery-key'

/** The passphrase opens the header's wrap, or the field named says it is wrong; the unwrapped key is zeroed at once. */
export async function checkPassphrase(header: VaultHeader, passphrase: string, field: string): Promise<void> {
  const key = await openWithPassphrase(header.keys, passphrase)
  if (!key) throw new OmtError('WRONG_PASSPHRASE', undefined, { [field]: 'Dit wachtwoord klopt niet.' })
  key.fill(0)
}

/** The data key under a typed recovery key, or a field message; the caller zeroes the key. */
export async function unwrapWithRecoveryKey(wraps: KeyWraps, text: string): Promise<Buffer> {
  const recoveryKey = parseRecoveryKey(text)
  const dataKey = recoveryKey && (await usingKey(recoveryKey, (key) => openWithRecoveryKey(wraps, key)))
  if (!dataKey) throw new OmtError('WRONG_RECOVERY_KEY', undefined, { recoveryKey: 'Deze herstelsleutel klopt niet.' })
  return dataKey
}
