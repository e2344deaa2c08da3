import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { z } from 'zod'

/**
 * The header file beside the database: format version, KDF parameters and the
 * wrapped data key. Small, versioned JSON so a future format can be read and
 * upgraded, and so a user can see what protects their data.
 */
const Wrapped = z.object({ iv: z.string(), ciphertext: z.string(), tag: z.string() })

export const VaultHeader = z.object({
  format: z.literal('tafelwerk-vault'),
  version: z.literal(1),
  cipher: z.literal('sqlcipher-4'),
  kdf: z.object({
    name: z.literal('argon2id'),
    memoryKiB: z.number().int().min(8),
    iterations: z.number().int().min(1),
    parallelism: z.number().int().min(1),
    salt: z.string(),
  }),
  passphraseWrap: Wrapped,
  recovery: z.object({ salt: z.string(), wrap: Wrapped, confirmed: z.boolean() }),
  createdAt: z.string(),
})
export type VaultHeader = z.output<typeof VaultHeader>

/** AES-GCM associated data: a wrap made for one purpose never opens for another. */
export const WRAP_PURPOSE = { passphrase: 'tafelwerk-vault/1/passphrase', recovery: 'tafelwerk-vault/1/recovery' } as const

/** Returns null for a header that is not ours or is damaged. */
export function readHeader(path: string): VaultHeader | null {
  try {
    const parsed = VaultHeader.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Write beside, fsync, rename: a crash leaves the old or the new header, never half of one. */
export function writeHeader(path: string, header: VaultHeader): void {
  const temporary = `${path}.${process.pid}.tmp`
  const fd = openSync(temporary, 'w', 0o600)
  try {
    writeSync(fd, `${JSON.stringify(header, null, 2)}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, path)
}
