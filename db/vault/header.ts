import { readFileSync, statSync } from 'node:fs'
import { replaceFileDurably } from '../kernel/replace-file'
import { z } from 'zod'
import { KDF_LIMITS } from './key-wrap'

/**
 * The header file beside the database: format version, KDF parameters and the
 * wrapped data key. Small, versioned JSON so a future format can be read and
 * upgraded, and so a user can see what protects their data.
 *
 * Anyone who can write the file can change it, so nothing in it is trusted
 * until it is checked: the KDF parameters are bounded before they are used
 * (a huge memory cost would exhaust memory before any key is tried), every
 * decoded length is exact, and from version 2 on a MAC under a key derived
 * from the data key covers every field (see header-mac.ts).
 */
const base64Of = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/u)
    .refine((text) => {
      const decoded = Buffer.from(text, 'base64')
      return decoded.length === bytes && decoded.toString('base64') === text
    })

export const Wrapped = z.strictObject({ iv: base64Of(12), ciphertext: base64Of(32), tag: base64Of(16) })

export const Kdf = z.strictObject({
  name: z.literal('argon2id'),
  memoryKiB: z.number().int().min(KDF_LIMITS.memoryKiB.min).max(KDF_LIMITS.memoryKiB.max),
  iterations: z.number().int().min(KDF_LIMITS.iterations.min).max(KDF_LIMITS.iterations.max),
  parallelism: z.number().int().min(KDF_LIMITS.parallelism.min).max(KDF_LIMITS.parallelism.max),
  salt: base64Of(16),
})

/** The wraps of one data key: under the passphrase and under the recovery key. */
export const KeyWraps = z.strictObject({
  kdf: Kdf,
  passphraseWrap: Wrapped,
  recovery: z.strictObject({ salt: base64Of(16), wrap: Wrapped }),
})
export type KeyWraps = z.output<typeof KeyWraps>

const Base = {
  format: z.literal('tafelwerk-vault'),
  cipher: z.literal('sqlcipher-4'),
  createdAt: z.iso.datetime(),
}

/** Version 1 (until December 2026): no MAC. Read once and written back as version 2 at the next unlock. */
const HeaderV1 = z.strictObject({
  ...Base,
  version: z.literal(1),
  kdf: Kdf,
  passphraseWrap: Wrapped,
  recovery: z.strictObject({ salt: base64Of(16), wrap: Wrapped, confirmed: z.boolean() }),
})

export const VaultHeader = z.strictObject({
  ...Base,
  version: z.literal(2),
  keys: KeyWraps,
  recoveryConfirmed: z.boolean(),
  /** When the data key was last shown to the user; null after a new data key. */
  dataKeyShownAt: z.iso.datetime().nullable(),
  /**
   * A data key rotation in progress: the new key's wraps, written before the
   * database is re-encrypted, so a crash at any moment leaves a header that
   * holds the key the database is encrypted with (see key-rotation.ts).
   */
  rotation: KeyWraps.nullable(),
  mac: base64Of(32),
})
export type VaultHeader = z.output<typeof VaultHeader>
export type UnsealedHeader = Omit<VaultHeader, 'mac'>

/** A new vault's header, before its keys and date are filled in. */
export const NEW_HEADER = {
  format: 'tafelwerk-vault',
  version: 2,
  cipher: 'sqlcipher-4',
  recoveryConfirmed: false,
  dataKeyShownAt: null,
  rotation: null,
} as const

/** A real header is about 1.5 kB; a huge file is not read into memory on every status check. */
const MAX_HEADER_BYTES = 64 * 1024

/** A header as read: version 2, or a version 1 header in version 2's shape, without a MAC to check. */
export type StoredHeader = (VaultHeader & { legacy: false }) | (UnsealedHeader & { legacy: true })

/** AES-GCM associated data: a wrap made for one purpose never opens for another. */
export const WRAP_PURPOSE = {
  passphrase: 'tafelwerk-vault/1/passphrase',
  recovery: 'tafelwerk-vault/1/recovery',
} as const

/** Returns null for a header that is not ours, is damaged, or asks for more than the limits allow. */
export function readHeader(path: string): StoredHeader | null {
  let raw: unknown
  try {
    if (statSync(path).size > MAX_HEADER_BYTES) return null
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
  const current = VaultHeader.safeParse(raw)
  if (current.success) return { ...current.data, legacy: false }
  const old = HeaderV1.safeParse(raw)
  if (!old.success) return null
  const { kdf, passphraseWrap, recovery, ...base } = old.data
  return {
    ...base,
    version: 2,
    keys: { kdf, passphraseWrap, recovery: { salt: recovery.salt, wrap: recovery.wrap } },
    recoveryConfirmed: recovery.confirmed,
    dataKeyShownAt: null,
    rotation: null,
    legacy: true,
  }
}

/** Write beside, fsync, rename, fsync the folder: a crash leaves the old or the new header, never half of one. */
export function writeHeader(path: string, header: VaultHeader): void {
  replaceFileDurably(path, `${JSON.stringify(VaultHeader.parse(header), null, 2)}\n`)
}
