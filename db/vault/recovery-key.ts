import { randomBytes } from 'node:crypto'

/**
 * The recovery key is 160 random bits written in Crockford base32 (no I, L, O,
 * U: nothing to misread on paper) in groups of four. Case, spaces and dashes
 * do not matter when it is typed back.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const KEY_BYTES = 20

export function generateRecoveryKey(): Buffer {
  return randomBytes(KEY_BYTES)
}

export function formatRecoveryKey(key: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of key) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out.match(/.{1,4}/gu)?.join('-') ?? ''
}

/** Returns null when the text cannot be a recovery key, so callers answer "onjuist". */
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/gu, '').replace(/O/gu, '0').replace(/[IL]/gu, '1')
  if (clean.length !== Math.ceil((KEY_BYTES * 8) / 5)) return null
  // Straight into a Buffer the caller zeroes: an array of numbers could not be wiped.
  const bytes = Buffer.alloc(KEY_BYTES)
  let filled = 0
  let bits = 0
  let value = 0
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char)
    if (digit < 0) {
      bytes.fill(0)
      return null
    }
    value = ((value << 5) | digit) & 0xffff
    bits += 5
    if (bits >= 8) {
      bytes[filled++] = (value >>> (bits - 8)) & 255
      bits -= 8
    }
  }
  return bytes
}
