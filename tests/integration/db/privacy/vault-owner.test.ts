import { afterEach, describe, expect, it } from 'vitest'
import { currentVaultUser } from '../../../../db/vault-users/vault-user.queries'
import { OWNER_NOT_GIVEN } from '../../../../shared/contract/vault-user.contract'
import { call, refuse } from '../../../support/case-fixtures'
import { PASSPHRASE, tempVault, type TempVault } from '../../../support/temp-vault'
import { TEST_OWNER } from '../../../support/test-owner'

let made: TempVault | null = null
afterEach(() => made?.cleanup())

describe('the vault owner', () => {
  it('vault:create writes the owner it was given, after the migrations', async () => {
    made = await tempVault({ create: false })
    await call(made.dispatch, 'vault:create', {
      passphrase: PASSPHRASE,
      passphraseRepeat: PASSPHRASE,
      ownerName: '  Fatima el Amrani ',
      ownerRole: 'Secretaris OMT',
    })
    const owner = await call(made.dispatch, 'vault-user:get', {})
    expect(owner.current).toMatchObject({ name: 'Fatima el Amrani', role: 'Secretaris OMT' })
    expect(owner.needsOwner).toBe(false)
    expect(owner.history).toHaveLength(1)
  })

  it('vault:create without a name or role is refused in Dutch and makes no vault', async () => {
    made = await tempVault({ create: false })
    const error = await refuse(made.dispatch, 'vault:create', {
      passphrase: PASSPHRASE,
      passphraseRepeat: PASSPHRASE,
      ownerName: ' ',
      ownerRole: OWNER_NOT_GIVEN,
    })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields?.ownerName).toBe('Vul uw naam in.')
    expect(error.fields?.ownerRole).toContain('eigen gegevens')
    expect(made.vault.status().state).toBe('none')
  })

  it('a change adds a row; the old one stays for the log entries that name it', async () => {
    made = await tempVault()
    const before = await call(made.dispatch, 'vault-user:get', {})
    expect(before.current).toMatchObject(TEST_OWNER)
    const after = await call(made.dispatch, 'vault-user:set', {
      ownerName: 'Test Secretaris',
      ownerRole: 'Casusregisseur',
    })
    expect(after.current).toMatchObject({ name: 'Test Secretaris', role: 'Casusregisseur' })
    expect(after.history.map((row) => row.role)).toEqual(['Casusregisseur', 'Secretaris OMT'])
    expect((await currentVaultUser(made.vault.db)).id).toBe(after.current?.id)
  })

  it('a vault from before owners: currentVaultUser writes one "Niet ingevuld" row on first need, the answer replaces it', async () => {
    made = await tempVault({ create: false })
    await made.vault.create(PASSPHRASE, PASSPHRASE)
    expect(await call(made.dispatch, 'vault-user:get', {})).toEqual({ current: null, needsOwner: true, history: [] })
    const placeholder = await currentVaultUser(made.vault.db)
    expect(placeholder).toMatchObject({ name: OWNER_NOT_GIVEN, role: OWNER_NOT_GIVEN })
    // Asked again, the same row: no second placeholder.
    expect((await currentVaultUser(made.vault.db)).id).toBe(placeholder.id)
    expect((await call(made.dispatch, 'vault-user:get', {})).needsOwner).toBe(true)
    const answered = await call(made.dispatch, 'vault-user:set', {
      ownerName: 'Piet Smit',
      ownerRole: 'Secretaris OMT',
    })
    expect(answered.needsOwner).toBe(false)
    expect((await currentVaultUser(made.vault.db)).name).toBe('Piet Smit')
    expect(answered.history).toHaveLength(2)
  })

  it('the demo vault has a fictitious owner', async () => {
    made = await tempVault({ create: false })
    await call(made.dispatch, 'vault:open-demo', {})
    const owner = await call(made.dispatch, 'vault-user:get', {})
    expect(owner.needsOwner).toBe(false)
    expect(owner.current?.name).toContain('voorbeeld')
  }, 120_000)
})
