import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../../db/vault/recovery-key'

describe('recovery key', () => {
  it('is 160 bits written as eight groups of four', () => {
    expect(formatRecoveryKey(generateRecoveryKey())).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/u)
  })

  it('round-trips any 20 bytes, whatever case and separators the user types', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const text = formatRecoveryKey(Buffer.from(bytes))
        expect(parseRecoveryKey(text)?.equals(Buffer.from(bytes))).toBe(true)
        expect(parseRecoveryKey(` ${text.toLowerCase().replaceAll('-', ' ')} `)?.equals(Buffer.from(bytes))).toBe(true)
      }),
    )
  })

  it('reads the letters people confuse with digits as those digits', () => {
    const key = formatRecoveryKey(Buffer.alloc(20))
    expect(parseRecoveryKey(key.replaceAll('0', 'O'))?.equals(Buffer.alloc(20))).toBe(true)
  })

  it('refuses text that cannot be a key', () => {
    expect(parseRecoveryKey('')).toBeNull()
    expect(parseRecoveryKey('ABCD-EFGH')).toBeNull()
    expect(parseRecoveryKey('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull()
  })
})
