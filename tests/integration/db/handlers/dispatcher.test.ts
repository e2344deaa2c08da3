import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answersWhileLocked, channels, errorCodes } from '../../../../shared/contract/index'
import { tempVault, type TempVault } from '../../../support/temp-vault'

let made: TempVault
beforeAll(async () => {
  made = await tempVault()
})
afterAll(() => made.cleanup())

const dataChannels = channels.filter((channel) => !answersWhileLocked(channel))
// Channels that would replace the passphrase or the vault if random input happened to be valid.
const destructive = new Set([
  'vault:lock',
  'vault:set-aside-damaged',
  'vault:change-passphrase',
  'vault:recover',
  'vault:renew-recovery-key',
  'vault:create',
  'vault:confirm-recovery-key',
  // Locks the vault and builds a demo one in its place: seconds of work per hit, and no longer the vault under test.
  'vault:open-demo',
])

describe('dispatcher', () => {
  it('answers unknown channels with a typed error', async () => {
    for (const channel of ['', 'vault:format', '__proto__', 'constructor', 42, null]) {
      expect(await made.dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    }
  })

  it('refuses malformed input with Dutch field messages and no internals', async () => {
    const answer = await made.dispatch('reference:create', {
      kind: 'partner',
      values: { name: '', shortName: 'x'.repeat(99), convenant: 'ja' },
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (answer.ok) return
    expect(answer.error.fields).toMatchObject({ name: 'Vul een naam in.', shortName: 'Gebruik hoogstens 24 tekens.' })
    expect(JSON.stringify(answer)).not.toMatch(/Invalid|Expected|zod|at Object|SELECT|INSERT/u)
  })

  it('answers only typed errors or valid output to arbitrary input on every channel', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels.filter((c) => !destructive.has(c))),
        fc.anything(),
        async (channel, input) => {
          const answer = await made.dispatch(channel, input)
          if (!answer.ok) {
            expect(errorCodes).toContain(answer.error.code)
            expect(typeof answer.error.message).toBe('string')
            expect(answer.error.message).not.toMatch(/SQLITE|SELECT|INSERT|UPDATE |\n\s+at /u)
          }
          expect(() => JSON.stringify(answer)).not.toThrow()
        },
      ),
      { numRuns: 400 },
    )
    expect(made.vault.status().state).toBe('unlocked')
  })

  it('answers arbitrary objects shaped like real requests with typed errors', async () => {
    const shaped = fc.record(
      {
        kind: fc.constantFrom('table', 'partner', 'theme', 'phase', 'nope'),
        id: fc.string(),
        values: fc.dictionary(fc.string(), fc.anything()),
        archived: fc.anything(),
        includeArchived: fc.anything(),
      },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...dataChannels), shaped, async (channel, input) => {
        const answer = await made.dispatch(channel, input)
        if (!answer.ok) expect(errorCodes).toContain(answer.error.code)
      }),
      { numRuns: 300 },
    )
  })

  it('maps a duplicate name to CONFLICT with a Dutch message', async () => {
    const answer = await made.dispatch('reference:create', {
      kind: 'partner',
      values: { name: 'Politie', shortName: 'Pol2', convenant: true },
    })
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('bestaat al') as string },
    })
  })

  it('refuses every data channel while locked, and vault channels still answer', async () => {
    const locked = await tempVault()
    try {
      await locked.dispatch('vault:lock', {})
      for (const channel of dataChannels) {
        expect(await locked.dispatch(channel, {}), channel).toMatchObject({
          ok: false,
          error: { code: 'VAULT_LOCKED' },
        })
      }
      expect(await locked.dispatch('vault:status', {})).toEqual({
        ok: true,
        value: { state: 'locked', recoveryKeyConfirmed: false, dataKeyShown: false, demo: false },
      })
    } finally {
      locked.cleanup()
    }
  })
})
