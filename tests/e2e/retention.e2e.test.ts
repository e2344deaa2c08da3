import { describe } from 'vitest'
import type { Vault } from '../../db/vault/vault'
import { checkScreen } from './harness/check-screen'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'

const PASSPHRASE = 'Zes zilveren zeilboten op zee'
const tafelwerk = useTafelwerk()

const openVault = {
  prepare: async (vault: Vault) => {
    await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE))
  },
}

describe('retention', () => {
  describe('the Bewaartermijnen overview is reached from the Casussen page', () => {
    const { step } = tafelwerk.scenario(openVault)

    step('the Casussen page button opens the overview, which passes axe', async (app) => {
      const { page } = app
      await heading(page, 'Casussen')
      await page.getByRole('link', { name: 'Bewaartermijnen' }).click()
      await heading(page, 'Bewaartermijnen')
      await page.getByText('Geen casussen met een verlopen bewaartermijn.').waitFor()
      await checkScreen(app, 'Bewaartermijnen (leeg)')
    })
  })
})
