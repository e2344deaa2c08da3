import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import type { UnsealedHeader, VaultHeader } from './header'

/**
 * The header's MAC: HMAC-SHA-256 under a key derived from the data key, over
 * a canonical serialisation of every other field. Only someone who holds the
 * data key can make one, so a header edited by hand (a recovery key marked
 * confirmed, a swapped salt, a rotation slipped in) is refused at unlock,
 * before the database file is opened.
 */
const MAC_LABEL = 'tafelwerk-vault/2/header-mac'

/** JSON with the keys of every object sorted, so the same header always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

function macOf(header: UnsealedHeader, dataKey: Buffer): Buffer {
  // A key wiped while still in use would seal a header nobody can open again.
  if (dataKey.every((byte) => byte === 0)) throw new Error('refusing to seal a header with a zeroed key')
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), MAC_LABEL, 32))
  try {
    return createHmac('sha256', key).update(canonicalJson(header)).digest()
  } finally {
    key.fill(0)
  }
}

/** Only the fields a header has: a stored header's bookkeeping (`legacy`) is not part of it. */
function fieldsOf(header: UnsealedHeader): UnsealedHeader {
  const { format, version, cipher, createdAt, keys, recoveryConfirmed, dataKeyShownAt, rotation } = header
  return { format, version, cipher, createdAt, keys, recoveryConfirmed, dataKeyShownAt, rotation }
}

export function sealHeader(header: UnsealedHeader, dataKey: Buffer): VaultHeader {
  const fields = fieldsOf(header)
  return { ...fields, mac: macOf(fields, dataKey).toString('base64') }
}

export function headerMacValid(header: VaultHeader, dataKey: Buffer): boolean {
  return timingSafeEqual(macOf(fieldsOf(header), dataKey), Buffer.from(header.mac, 'base64'))
}
