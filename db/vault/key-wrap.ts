import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { hashRaw } from '@node-rs/argon2'

/**
 * The data key that encrypts the database is only ever stored wrapped
 * (AES-256-GCM) under a key derived from the passphrase (Argon2id) or from the
 * recovery key (HKDF: it is 160 random bits, so a slow KDF adds nothing).
 * Every key these functions make or open is a Buffer the caller zeroes.
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

/**
 * What a header may ask for. Never weaker than what Tafelwerk writes, and
 * never so much that a tampered header exhausts memory or hangs the unlock
 * (the maximum is about ten times the default's 0.1 s).
 */
export const KDF_LIMITS = {
  memoryKiB: { min: DEFAULT_KDF.memoryKiB, max: 256 * 1024 },
  iterations: { min: DEFAULT_KDF.iterations, max: 8 },
  parallelism: { min: 1, max: 4 },
} as const

const GCM_TAG_BYTES = 16

export function newKdfParams(): KdfParams {
  return { ...DEFAULT_KDF, salt: randomBytes(16).toString('base64') }
}

function withinLimits(params: KdfParams): boolean {
  return (['memoryKiB', 'iterations', 'parallelism'] as const).every(
    (name) =>
      Number.isInteger(params[name]) && params[name] >= KDF_LIMITS[name].min && params[name] <= KDF_LIMITS[name].max,
  )
}

export async function deriveFromPassphrase(passphrase: string, params: KdfParams): Promise<Buffer> {
  // The header schema bounds these already; checked again here because this is where the memory is spent.
  if (!withinLimits(params)) throw new RangeError('KDF parameters out of bounds')
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
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: GCM_TAG_BYTES })
  cipher.setAAD(Buffer.from(purpose))
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()])
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  }
}

/** Returns null when the wrapping key is wrong (the GCM tag does not verify) or the wrap has the wrong shape. */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, purpose: string): Buffer | null {
  const iv = Buffer.from(wrapped.iv, 'base64')
  const tag = Buffer.from(wrapped.tag, 'base64')
  const ciphertext = Buffer.from(wrapped.ciphertext, 'base64')
  if (iv.length !== 12 || tag.length !== GCM_TAG_BYTES || ciphertext.length !== 32) return null
  let opened: Buffer | null = null
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: GCM_TAG_BYTES })
    decipher.setAAD(Buffer.from(purpose))
    decipher.setAuthTag(tag)
    opened = decipher.update(ciphertext)
    decipher.final()
    return opened
  } catch {
    // GCM releases the plaintext before the tag is checked: a wrong key's output is wiped, not returned.
    opened?.fill(0)
    return null
  }
}

/** Runs `use` with a key and zeroes the key afterwards, also when `use` throws. */
export async function usingKey<T>(key: Buffer, use: (key: Buffer) => T | Promise<T>): Promise<T> {
  try {
    return await use(key)
  } finally {
    key.fill(0)
  }
}
