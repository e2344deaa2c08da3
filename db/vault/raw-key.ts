/**
 * SQLCipher takes a raw key as the text `x'<64 hex digits>'`. It is built here
 * byte by byte in a Buffer, never as a JavaScript string: a string cannot be
 * wiped and lingers in the heap until collected, a Buffer is zeroed at once.
 */
const HEX_DIGITS = Buffer.from('0123456789abcdef')
const X = 0x78
const QUOTE = 0x27

export function rawKeyLiteral(key: Buffer): Buffer {
  const literal = Buffer.alloc(key.length * 2 + 3)
  literal[0] = X
  literal[1] = QUOTE
  for (let index = 0; index < key.length; index++) {
    const byte = key[index] ?? 0
    literal[2 + index * 2] = HEX_DIGITS[byte >> 4] ?? 0
    literal[3 + index * 2] = HEX_DIGITS[byte & 15] ?? 0
  }
  literal[literal.length - 1] = QUOTE
  return literal
}

/** Hands SQLCipher the key literal and wipes it, also when SQLCipher throws. */
export function withRawKeyLiteral<T>(key: Buffer, use: (literal: Buffer) => T): T {
  const literal = rawKeyLiteral(key)
  try {
    return use(literal)
  } finally {
    literal.fill(0)
  }
}
