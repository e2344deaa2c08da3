import { createHash } from 'node:crypto'
import fc from 'fast-check'

/**
 * Malformed back-up files made from a real one (db/backup/backup-file.ts:
 * a magic line, a manifest line of JSON, the database), for property tests.
 * Each edit is a description a failing run prints, and the bytes it makes.
 */
export interface BackupParts {
  magicLine: Buffer
  manifest: Record<string, unknown>
  body: Buffer
}

export interface Edit {
  what: string
  bytes: Buffer
}

export function splitBackup(file: Buffer): BackupParts {
  const first = file.indexOf(0x0a)
  const second = file.indexOf(0x0a, first + 1)
  return {
    magicLine: file.subarray(0, first),
    manifest: JSON.parse(file.subarray(first + 1, second).toString('utf8')) as Record<string, unknown>,
    body: file.subarray(second + 1),
  }
}

export function joinBackup(parts: BackupParts, manifestText = JSON.stringify(parts.manifest)): Buffer {
  return Buffer.concat([parts.magicLine, Buffer.from(`\n${manifestText}\n`, 'utf8'), parts.body])
}

/** Where each part starts and ends in the file, so a flip can be aimed at one of them. */
function regions(file: Buffer): Record<'magic' | 'manifest' | 'body', { from: number; to: number }> {
  const first = file.indexOf(0x0a)
  const second = file.indexOf(0x0a, first + 1)
  return {
    magic: { from: 0, to: first + 1 },
    manifest: { from: first + 1, to: second + 1 },
    body: { from: second + 1, to: file.length },
  }
}

function flipped(file: Buffer, at: number, mask: number): Buffer {
  const copy = Buffer.from(file)
  copy[at] = (copy[at] ?? 0) ^ mask
  return copy
}

/** One value in the manifest changed at `path`, the file re-encoded around it; `undefined` removes the field. */
function withField(file: Buffer, path: readonly string[], value: unknown): Buffer {
  const parts = splitBackup(file)
  const manifest = structuredClone(parts.manifest)
  let node: Record<string, unknown> = manifest
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>
  const last = path.at(-1) ?? ''
  if (value === undefined) delete node[last]
  else node[last] = value
  return joinBackup({ ...parts, manifest })
}

function fieldAt(file: Buffer, path: readonly string[]): unknown {
  let node: unknown = splitBackup(file).manifest
  for (const key of path) node = (node as Record<string, unknown>)[key]
  return node
}

/** A different value of the same kind, as a hand-edit would write it: still a valid manifest in shape. */
function sameKind(value: unknown, salt: number): unknown {
  if (typeof value === 'boolean') return !value
  if (typeof value === 'number') return value + 1 + (salt % 3)
  if (value === null) return '2026-01-01T00:00:00.000Z'
  if (typeof value !== 'string') return 'anders'
  if (/^\d{4}-/u.test(value)) return value.replace(/^\d{4}/u, String(2020 + (salt % 5)))
  if (/^[0-9a-f]{64}$/u.test(value)) return value.replace(/^./u, value.startsWith('0') ? '1' : '0')
  if (/^[A-Za-z0-9+/]+=*$/u.test(value) && value.length >= 8) {
    const bytes = Buffer.from(value, 'base64')
    const at = salt % bytes.length
    bytes[at] = (bytes[at] ?? 0) ^ 0x01
    return bytes.toString('base64')
  }
  return `${value}x`
}

/** Every leaf of the manifest, e.g. ['header', 'keys', 'kdf', 'memoryKiB']. */
export function manifestLeaves(file: Buffer): string[][] {
  const leaves: string[][] = []
  const walk = (value: unknown, path: string[]) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, field] of Object.entries(value)) walk(field, [...path, key])
    } else leaves.push(path)
  }
  walk(splitBackup(file).manifest, [])
  return leaves
}

/**
 * Edits that no key is needed to catch: the magic line, the manifest's
 * shape and version, and the body's length (readPreamble).
 */
export function keyFreeEdits(file: Buffer): fc.Arbitrary<Edit> {
  const at = regions(file)
  return fc.oneof(
    fc.nat({ max: file.length - 1 }).map((length) => ({
      what: `cut to ${String(length)} bytes`,
      bytes: file.subarray(0, length),
    })),
    fc
      .tuple(fc.integer({ min: at.magic.from, max: at.magic.to - 1 }), fc.integer({ min: 1, max: 255 }))
      .map(([offset, mask]) => ({
        what: `magic byte ${String(offset)} ^ ${String(mask)}`,
        bytes: flipped(file, offset, mask),
      })),
    fc.uint8Array({ minLength: 0, maxLength: 4096 }).map((garbage) => ({
      what: `${String(garbage.length)} random bytes`,
      bytes: Buffer.from(garbage),
    })),
    fc
      .constantFrom('TAFELWERK-BACK-UP 2', 'TAFELWERK-BACK-UP 0', 'TAFELWERK-BACKUP 1', 'SQLite format 3', '')
      .map((line) => ({
        what: `magic line "${line}"`,
        bytes: joinBackup({ ...splitBackup(file), magicLine: Buffer.from(line) }),
      })),
    fc
      .constantFrom<[string[], unknown]>(
        [['version'], 2],
        [['version'], 0],
        [['version'], '1'],
        [['format'], 'tafelwerk-vault'],
        [['body', 'bytes'], (fieldAt(file, ['body', 'bytes']) as number) + 1],
        [['body', 'bytes'], (fieldAt(file, ['body', 'bytes']) as number) - 1],
        [['body', 'bytes'], 0],
        [['body', 'sha256'], 'niet-hex'],
        [['header', 'version'], 3],
        [['header', 'keys', 'kdf', 'memoryKiB'], 64 * 1024 * 1024],
        [['header', 'keys', 'kdf', 'iterations'], 1_000_000],
        [['header', 'keys', 'passphraseWrap', 'tag'], 'AAAA'],
        [['header'], undefined],
        [['sealed'], undefined],
        [['createdAt'], 'gisteren'],
        [['extra'], true],
      )
      .map(([path, value]) => ({
        what: `manifest ${path.join('.')} = ${JSON.stringify(value) ?? 'removed'}`,
        bytes: withField(file, path, value),
      })),
    fc.string({ maxLength: 200 }).map((text) => ({
      what: `manifest line ${JSON.stringify(text)}`,
      bytes: joinBackup(splitBackup(file), text.replaceAll('\n', ' ')),
    })),
  )
}

/**
 * Edits only the key can catch, beside some of the key-free ones: a flipped
 * byte anywhere in the manifest or the body, a manifest field changed to a
 * value of the same kind, the body cut with its length and digest made to
 * match. The seal over the clear manifest, the header's MAC, the body's
 * digest and the copy's own checks must refuse each (restore-session.ts).
 */
export function anyEdit(file: Buffer): fc.Arbitrary<Edit> {
  const at = regions(file)
  const leaves = manifestLeaves(file)
  return fc.oneof(
    { weight: 3, arbitrary: flipIn(file, at.body, 'body') },
    { weight: 3, arbitrary: flipIn(file, at.manifest, 'manifest') },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom(...leaves), fc.nat()).map(([path, salt]) => ({
        what: `manifest ${path.join('.')} changed`,
        bytes: withField(file, path, sameKind(fieldAt(file, path), salt)),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: splitBackup(file).body.length - 1 }).map((length) => {
        const parts = splitBackup(file)
        const body = parts.body.subarray(0, length)
        const manifest = structuredClone(parts.manifest) as { body: { bytes: number; sha256: string } }
        manifest.body = { bytes: length, sha256: sha256(body) }
        return {
          what: `body cut to ${String(length)} bytes, length and digest to match`,
          bytes: joinBackup({ ...parts, manifest, body }),
        }
      }),
    },
    { weight: 1, arbitrary: keyFreeEdits(file) },
  )
}

function flipIn(file: Buffer, region: { from: number; to: number }, name: string): fc.Arbitrary<Edit> {
  return fc
    .tuple(fc.integer({ min: region.from, max: region.to - 1 }), fc.integer({ min: 1, max: 255 }))
    .map(([offset, mask]) => ({
      what: `${name} byte ${String(offset - region.from)} ^ ${String(mask)}`,
      bytes: flipped(file, offset, mask),
    }))
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
