import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { historyMarkers } from '../../electron/main/clipboard/history-markers'
import { checkScreen } from './harness/check-screen'
import { expectFocused, tabTo } from './harness/keyboard'
import { descriptionOf, heading, unlockWith } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'

const PASSPHRASE = 'Zeven zwanen zwemmen zacht 2025'
const NEW_PASSPHRASE = 'Een nieuwe zin voor de kluis'

const tafelwerk = useTafelwerk()

describe('a secretary’s first session', () => {
  const { step } = tafelwerk.scenario()
  let recoveryKey = ''
  const fields = (page: Page) => ({
    passphrase: page.getByLabel('Wachtwoord', { exact: true }),
    repeat: page.getByLabel('Herhaal het wachtwoord', { exact: true }),
  })

  step('first run: a weak passphrase is refused in Dutch, next to the field', async (app) => {
    const { page } = app
    await heading(page, 'Nieuwe kluis maken')
    await checkScreen(app, 'eerste start')
    const { passphrase, repeat } = fields(page)
    await passphrase.fill('wachtwoord123')
    await repeat.fill('wachtwoord123')
    // Live feedback from the shared policy, before anything is sent.
    await page.getByText('Dit wachtwoord wordt veel gebruikt').first().waitFor()
    await repeat.press('Enter')
    await page.getByRole('alert').filter({ hasText: 'Niet alle velden zijn juist ingevuld.' }).waitFor()
    expect(await passphrase.getAttribute('aria-invalid')).toBe('true')
    expect(await descriptionOf(passphrase)).toContain('Fout: Dit wachtwoord wordt veel gebruikt en is snel te raden.')
    await expectFocused(passphrase)
    // The owner the log will name, still empty, is told at the same time.
    expect(await descriptionOf(page.getByLabel('Uw naam', { exact: true }))).toContain('Fout: Vul uw naam in.')
    await checkScreen(app, 'eerste start met foutmelding')
    expect(app.vault.status().state).toBe('none')
  })

  step('a strong passphrase makes the vault, whose recovery key is shown once and copied by main', async (app) => {
    const { page } = app
    const { passphrase, repeat } = fields(page)
    await passphrase.fill(PASSPHRASE)
    await page.getByText('Dit wachtwoord is sterk genoeg.').first().waitFor()
    await repeat.fill(PASSPHRASE)
    await page.getByText('De wachtwoorden zijn gelijk.').waitFor()
    await page.getByLabel('Uw naam', { exact: true }).fill('Fatima el Amrani')
    await page.getByLabel('Uw functie', { exact: true }).fill('Secretaris OMT')
    await page.getByRole('button', { name: 'Kluis maken' }).click()

    // The recovery key, shown once, large and grouped, with a working copy button.
    await heading(page, 'Uw herstelsleutel')
    recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? ''
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/u)
    // Copied by main (clipboard:copy-secret), which marks it for clipboard history to skip and empties the
    // clipboard again; the page itself does not write the key to the clipboard.
    await page.evaluate(() => navigator.clipboard.writeText('van de pagina zelf'))
    const copyButton = page.getByRole('button', { name: 'Sleutel kopiëren' })
    await copyButton.click()
    // Beside the button, and read out by the announcer.
    await copyButton
      .locator('..')
      .getByText('Gekopieerd. Het klembord wordt na 30 seconden leeggemaakt.', { exact: true })
      .waitFor()
    await expect
      .poll(() => page.getByTestId('announcer').textContent())
      .toBe('Gekopieerd. Het klembord wordt na 30 seconden leeggemaakt.')
    expect(app.clipboard.text).toBe(recoveryKey)
    expect(app.clipboard.formats).toEqual(['text/plain', ...Object.keys(historyMarkers(process.platform))])
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('van de pagina zelf')
    await checkScreen(app, 'herstelsleutel tonen')
  })

  step('the recovery key must be typed back before the app opens; a wrong key is refused', async (app) => {
    const { page } = app
    // It must be typed back before the app opens; a wrong key is refused.
    await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click()
    await heading(page, 'Herstelsleutel controleren')
    const keyField = page.getByLabel('Herstelsleutel', { exact: true })
    await keyField.fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')
    await keyField.press('Enter')
    await page.getByText('Deze herstelsleutel klopt niet.').waitFor()
    await checkScreen(app, 'herstelsleutel controleren met foutmelding')
    // Case, spaces and dashes do not matter.
    await keyField.fill(recoveryKey.toLowerCase().replaceAll('-', ' '))
    await keyField.press('Enter')
    // The app opens on its first page, the case register.
    await heading(page, 'Casussen')
    expect(app.vault.status()).toMatchObject({ state: 'unlocked', recoveryKeyConfirmed: true })
    expect(await page.getByText('Uw herstelsleutel is nog niet bevestigd').count()).toBe(0)
    await checkScreen(app, 'casussen na de eerste start')
  })

  step('locks with the button; a wrong passphrase is refused in a live region', async (app) => {
    const { page } = app
    // Lock with the button.
    await page.getByRole('button', { name: 'Vergrendelen' }).click()
    await heading(page, 'Kluis ontgrendelen')
    expect(await page.getByTestId('lock-cause').innerText()).toBe('U hebt de kluis vergrendeld.')
    expect(app.vault.isUnlocked).toBe(false)
    await checkScreen(app, 'ontgrendelen')

    // A wrong passphrase: "Onjuist wachtwoord" in a live region, focus stays in the field.
    await unlockWith(page, 'dit is niet het wachtwoord')
    const alert = page.getByRole('alert').filter({ hasText: 'Onjuist wachtwoord' })
    await alert.waitFor()
    await expectFocused(page.getByLabel('Wachtwoord', { exact: true }))
    expect(app.vault.isUnlocked).toBe(false)
    await checkScreen(app, 'ontgrendelen met foutmelding')

    await unlockWith(page, PASSPHRASE)
    await heading(page, 'Casussen')
  })

  step('Ctrl+L locks from anywhere, and a lock from main on idle says why', async (app) => {
    const { page } = app
    // Ctrl+L locks from anywhere.
    await page.keyboard.press('Control+L')
    await heading(page, 'Kluis ontgrendelen')
    expect(app.vault.isUnlocked).toBe(false)
    await unlockWith(page, PASSPHRASE)
    await heading(page, 'Casussen')

    // Main locks on idle: the unlock screen says why.
    await app.lockFromMain('idle')
    await heading(page, 'Kluis ontgrendelen')
    expect(await page.getByTestId('lock-cause').innerText()).toBe('Automatisch vergrendeld na inactiviteit.')
    await checkScreen(app, 'ontgrendelen na automatisch vergrendelen')
    await unlockWith(page, PASSPHRASE)
    await heading(page, 'Casussen')
  })

  step('edits a partner with the keyboard only', async (app) => {
    const { page } = app
    // Edit a partner with the keyboard only.
    await tabTo(page, page.getByRole('link', { name: 'Instellingen' }))
    await page.keyboard.press('Enter')
    await heading(page, 'Instellingen')
    await tabTo(page, page.getByRole('link', { name: 'Partners' }))
    await page.keyboard.press('Enter')
    await heading(page, 'Partners', 2)
    const edit = page.getByRole('button', { name: 'Wijzigen Politie', exact: true })
    await tabTo(page, edit)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Partner wijzigen' })
    await dialog.waitFor()
    const name = dialog.getByLabel('Naam', { exact: true })
    await expectFocused(name)
    expect(await name.inputValue()).toBe('Politie')
    await checkScreen(app, 'dialoog partner wijzigen')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Nationale Politie')
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached' })
    const renamed = page.getByRole('button', { name: 'Wijzigen Nationale Politie', exact: true })
    await expectFocused(renamed)
    await page.getByRole('cell', { name: 'Nationale Politie', exact: true }).waitFor()
    await page.getByText('De wijzigingen in “Nationale Politie” zijn opgeslagen.').waitFor({ state: 'attached' })
    await checkScreen(app, 'instellingen: partners')
  })

  step('after a restart on the same vault, the edit is on disk', async (app) => {
    // Start again on the same vault: the edit is on disk.
    await app.restart()
    await heading(app.page, 'Kluis ontgrendelen')
    await unlockWith(app.page, PASSPHRASE)
    await heading(app.page, 'Casussen')
    await app.page.getByRole('link', { name: 'Instellingen' }).click()
    await app.page.getByRole('link', { name: 'Partners' }).click()
    await app.page.getByRole('cell', { name: 'Nationale Politie', exact: true }).waitFor()
    expect(await app.page.getByRole('button', { name: 'Wijzigen Politie', exact: true }).count()).toBe(0)
  })

  step('a forgotten passphrase: the recovery key sets a new one, a wrong key is refused', async (app) => {
    // Forgot the passphrase: the recovery key sets a new one.
    await app.page.getByRole('button', { name: 'Vergrendelen' }).click()
    await heading(app.page, 'Kluis ontgrendelen')
    await app.page.getByRole('button', { name: 'Wachtwoord vergeten?' }).click()
    await heading(app.page, 'Wachtwoord vergeten')
    await checkScreen(app, 'wachtwoord vergeten')
    await app.page.getByLabel('Herstelsleutel', { exact: true }).fill('0000-0000-0000-0000-0000-0000-0000-0000')
    await app.page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE)
    await app.page.getByLabel('Herhaal het wachtwoord', { exact: true }).fill(NEW_PASSPHRASE)
    await app.page.getByRole('button', { name: 'Nieuw wachtwoord instellen' }).click()
    await app.page.getByRole('alert').filter({ hasText: 'Onjuiste herstelsleutel' }).waitFor()
    await checkScreen(app, 'wachtwoord vergeten met foutmelding')
    await app.page.getByLabel('Herstelsleutel', { exact: true }).fill(recoveryKey)
    await app.page.getByRole('button', { name: 'Nieuw wachtwoord instellen' }).click()
    await heading(app.page, 'Instellingen')
  })

  step('the new passphrase works, the old one no longer does', async (app) => {
    // The new passphrase works, the old one no longer does.
    await app.page.keyboard.press('Control+L')
    await heading(app.page, 'Kluis ontgrendelen')
    await unlockWith(app.page, PASSPHRASE)
    await app.page.getByRole('alert').filter({ hasText: 'Onjuist wachtwoord' }).waitFor()
    await unlockWith(app.page, NEW_PASSPHRASE)
    await heading(app.page, 'Instellingen')
  })
})
