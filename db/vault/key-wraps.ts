import { randomBytes } from 'node:crypto'
import { type KeyWraps, WRAP_PURPOSE } from './header'
import { deriveFromPassphrase, deriveFromRecoveryKey, newKdfParams, unwrapKey, usingKey, wrapKey } from './key-wrap'

/**
 * One data key's two wraps, made and opened. Every wrapping key is zeroed as
 * soon as it has been used; the caller owns (and zeroes) the data key.
 */
export async function makeKeyWraps(dataKey: Buffer, passphrase: string, recoveryKey: Buffer): Promise<KeyWraps> {
  const kdf = newKdfParams()
  const salt = randomBytes(16).toString('base64')
  const passphraseWrap = await usingKey(await deriveFromPassphrase(passphrase, kdf), (key) =>
    wrapKey(dataKey, key, WRAP_PURPOSE.passphrase),
  )
  const wrap = await usingKey(deriveFromRecoveryKey(recoveryKey, salt), (key) =>
    wrapKey(dataKey, key, WRAP_PURPOSE.recovery),
  )
  return { kdf, passphraseWrap, recovery: { salt, wrap } }
}

/** The same wraps with a new passphrase; the recovery wrap is kept as it is. */
export async function rewrapPassphrase(wraps: KeyWraps, dataKey: Buffer, passphrase: string): Promise<KeyWraps> {
  const kdf = newKdfParams()
  const passphraseWrap = await usingKey(await deriveFromPassphrase(passphrase, kdf), (key) =>
    wrapKey(dataKey, key, WRAP_PURPOSE.passphrase),
  )
  return { ...wraps, kdf, passphraseWrap }
}

/** The same wraps with a new recovery key; the passphrase wrap is kept as it is. */
export async function rewrapRecovery(wraps: KeyWraps, dataKey: Buffer, recoveryKey: Buffer): Promise<KeyWraps> {
  const salt = randomBytes(16).toString('base64')
  const wrap = await usingKey(deriveFromRecoveryKey(recoveryKey, salt), (key) =>
    wrapKey(dataKey, key, WRAP_PURPOSE.recovery),
  )
  return { ...wraps, recovery: { salt, wrap } }
}

/** Null for a wrong passphrase. */
export async function openWithPassphrase(wraps: KeyWraps, passphrase: string): Promise<Buffer | null> {
  return usingKey(await deriveFromPassphrase(passphrase, wraps.kdf), (key) =>
    unwrapKey(wraps.passphraseWrap, key, WRAP_PURPOSE.passphrase),
  )
}

/** Null for a wrong recovery key. */
export async function openWithRecoveryKey(wraps: KeyWraps, recoveryKey: Buffer): Promise<Buffer | null> {
  return usingKey(deriveFromRecoveryKey(recoveryKey, wraps.recovery.salt), (key) =>
    unwrapKey(wraps.recovery.wrap, key, WRAP_PURPOSE.recovery),
  )
}
