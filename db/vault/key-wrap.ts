import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { hashRaw } from '@node-rs/argon2'

/**
 * The data key that encrypts the database is only ever stored wrapped
 * (AES-256-GCM) under a key derived from the passphrase (Argon2id) or from the
 * recovery key (HKDF: it is 160 random bits, so a slow KDF adds nothing).
 */
export interface KdfParams {
  name: 'argon2id'
  memoryKiB: number
  iterations: number
  parallelism: number
  salt: string
}

export interface WrappedKey {
  iv: string
  ciphertext: string
  tag: string
}

/** @node-rs/argon2's Algorithm is an ambient const enum, which verbatimModuleSyntax cannot import. */
const ARGON2ID = 2

export const DEFAULT_KDF = { name: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const

export function newKdfParams(): KdfParams {
  return { ...DEFAULT_KDF, salt: randomBytes(16).toString('base64') }
}

export async function deriveFromPassphrase(passphrase: string, params: KdfParams): Promise<Buffer> {
  return hashRaw(passphrase.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
    salt: Buffer.from(params.salt, 'base64'),
  })
}

export function deriveFromRecoveryKey(recoveryKey: Buffer, salt: string): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, Buffer.from(salt, 'base64'), 'tafelwerk recovery wrap', 32))
}

export function wrapKey(dataKey: Buffer, wrappingKey: Buffer, purpose: string): WrappedKey {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv)
  cipher.setAAD(Buffer.from(purpose))
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()])
  return { iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') }
}

/** Returns null when the wrapping key is wrong (the GCM tag does not verify). */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, purpose: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'))
    decipher.setAAD(Buffer.from(purpose))
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()])
  } catch {
    return null
  }
}
