import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { canonicalJson } from '../vault/header-mac'
import { VaultHeader } from '../vault/header'

/**
 * The manifest at the top of a back-up file. In the clear only what is needed
 * to open it: the vault's header as it was (the wrapped data key, its KDF and
 * MAC), the body's length and SHA-256, and when it was made. What the back-up
 * holds (row counts per table, the schema) is sealed with AES-256-GCM under
 * a key derived from the data key, with every clear field as associated data:
 * a lost USB stick does not tell how many cases a district has, and no clear
 * field can be changed without the seal failing.
 */
const CONTENTS_LABEL = 'tafelwerk-backup/1/contents'
export const BACKUP_FORMAT_VERSION = 1

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${String(bytes * 2)}}$`, 'u'))
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u)

export const BackupContents = z.strictObject({
  /** The name of the newest migration the database has: its schema version. */
  schema: z.string().min(1).max(200),
  /** Rows per table, checked against the copy at restore. */
  tables: z.record(z.string().max(200), z.number().int().min(0)),
})
export type BackupContents = z.output<typeof BackupContents>

export const ClearManifest = z.strictObject({
  format: z.literal('tafelwerk-backup'),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  header: VaultHeader,
  /** The processing log's anchor at the moment of the copy (log-anchor.ts); its own tag is checked at unlock. */
  anchor: z.string().max(4096).nullable(),
  body: z.strictObject({ bytes: z.number().int().min(1), sha256: hex(32) }),
})
export type ClearManifest = z.output<typeof ClearManifest>

export const Manifest = ClearManifest.extend({
  sealed: z.strictObject({ iv: base64, ciphertext: base64.max(1_000_000), tag: base64 }),
})
export type Manifest = z.output<typeof Manifest>

function contentsKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), CONTENTS_LABEL, 32))
}

export function sealManifest(clear: ClearManifest, contents: BackupContents, dataKey: Buffer): Manifest {
  const key = contentsKey(dataKey)
  try {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv)
    cipher.setAAD(Buffer.from(canonicalJson(clear)))
    const ciphertext = Buffer.concat([cipher.update(canonicalJson(contents)), cipher.final()])
    const sealed = {
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    }
    return { ...clear, sealed }
  } finally {
    key.fill(0)
  }
}

/** The sealed contents, or null when the key is not this back-up's or any field was changed. */
export function openManifest(manifest: Manifest, dataKey: Buffer): BackupContents | null {
  const { sealed, ...clear } = manifest
  const key = contentsKey(dataKey)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'))
    decipher.setAAD(Buffer.from(canonicalJson(clear)))
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()])
    const parsed = BackupContents.safeParse(JSON.parse(plain.toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  } finally {
    key.fill(0)
  }
}
