import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../../db/vault/header-mac'
import { deriveFromPassphrase, KDF_LIMITS, newKdfParams, unwrapKey, wrapKey } from '../../../../db/vault/key-wrap'
import { rawKeyLiteral, withRawKeyLiteral } from '../../../../db/vault/raw-key'

describe('key material', () => {
  it('gives SQLCipher the raw-key literal as bytes, and wipes them after use, also when SQLCipher throws', () => {
    const key = randomBytes(32)
    expect(rawKeyLiteral(key).toString('latin1')).toBe(`x'${key.toString('hex')}'`)
    let seen: Buffer | null = null
    expect(() =>
      withRawKeyLiteral(key, (literal) => {
        seen = literal
        throw new Error('refused')
      }),
    ).toThrow('refused')
    expect(seen && [...(seen as Buffer)].every((byte) => byte === 0)).toBe(true)
  })

  it('opens a wrap only with its key and purpose, and refuses a wrap whose parts have the wrong length', () => {
    const dataKey = randomBytes(32)
    const wrappingKey = randomBytes(32)
    const wrapped = wrapKey(dataKey, wrappingKey, 'doel')
    expect(unwrapKey(wrapped, wrappingKey, 'doel')?.equals(dataKey)).toBe(true)
    expect(unwrapKey(wrapped, wrappingKey, 'ander doel')).toBeNull()
    expect(unwrapKey(wrapped, randomBytes(32), 'doel')).toBeNull()
    const shortTag = { ...wrapped, tag: Buffer.from(wrapped.tag, 'base64').subarray(0, 4).toString('base64') }
    expect(unwrapKey(shortTag, wrappingKey, 'doel')).toBeNull()
    const longKey = {
      ...wrapped,
      ciphertext: Buffer.concat([Buffer.from(wrapped.ciphertext, 'base64'), Buffer.alloc(1)]).toString('base64'),
    }
    expect(unwrapKey(longKey, wrappingKey, 'doel')).toBeNull()
  })

  it('refuses to spend more on Argon2 than the limits allow', async () => {
    const params = { ...newKdfParams(), memoryKiB: KDF_LIMITS.memoryKiB.max * 2 }
    await expect(deriveFromPassphrase('een lang genoeg wachtwoord', params)).rejects.toThrow(RangeError)
  })

  it('serialises a header the same way whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: null, e: 'x' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[1,{"e":"x","f":null}]},"b":1}',
    )
  })
})
