import { afterEach, expect, it, vi } from 'vitest'
import { Vault } from '../../../../db/vault/vault'
import { tempVault, type TempVault } from '../../../support/temp-vault'

let current: TempVault | null = null
afterEach(() => {
  vi.restoreAllMocks()
  current?.cleanup()
})

// The status of an unlocked vault verifies its header; reading the header once asked the status again, and so on
// until the stack overflowed (caught deep down), costing up to a second per status, back-up and key change.
it('answers the status of an unlocked vault and takes a committed state without asking its own status again', async () => {
  current = await tempVault()
  const { vault } = current
  const status = vi.spyOn(Vault.prototype, 'status')
  expect(vault.status()).toMatchObject({ state: 'unlocked' })
  expect(status).toHaveBeenCalledTimes(1)
  status.mockClear()
  await vault.withCommittedState(({ dataKey }) => dataKey.fill(0))
  expect(status).not.toHaveBeenCalled()
})
