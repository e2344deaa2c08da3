import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Vault } from '../../db/vault/vault'
import { checkScreen } from './harness/check-screen'
import { expectFocused, tabTo } from './harness/keyboard'
import { opensWithRawKey } from '../support/raw-sqlcipher'
import { VIEWPORT } from './harness/tafelwerk-app'
import { descriptionOf, heading, unlockWith } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Vier vrolijke vissen in de vijver'
const NEW_PASSPHRASE = 'Vijf vrolijke vissen in de sloot'
const SCREENSHOT = resolve(import.meta.dirname, '../../docs/screenshot-instellingen.png')

const tafelwerk = useTafelwerk()

/** A vault made in the test process (first run has its own test), unlocked, its recovery key not yet confirmed. */
const withVault = { prepare: (vault: Vault) => vault.create(PASSPHRASE, PASSPHRASE, withTestOwner) }

describe('Instellingen: reference data', () => {
  test('tables sort by keyboard, filter, add with field errors, archive and restore', async () => {
    const app = await tafelwerk.start({ ...withVault, route: 'instellingen/tafels' })
    const { page } = app
    await heading(page, 'Tafels', 2)

    // District ids are shown as district names; the regional table has none.
    const regional = page.getByRole('row').filter({ hasText: 'Regionale OMT' })
    expect(await regional.getByRole('cell').nth(2).innerText()).toBe('Geen district')
    expect(await page.getByRole('row').filter({ hasText: 'OMT F' }).getByRole('cell').nth(2).innerText()).toBe(
      'F – Leiden-Bollenstreek',
    )
    await checkScreen(app, 'instellingen: tafels met banner')

    // Sorting: a button in each header, aria-sort on the header cell.
    const nameHeader = page.getByRole('columnheader', { name: 'Naam' })
    const sortByName = nameHeader.getByRole('button', { name: 'Naam' })
    await tabTo(page, sortByName)
    await page.keyboard.press('Enter')
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending')
    expect(await page.getByRole('columnheader', { name: 'Code' }).getAttribute('aria-sort')).toBeNull()
    expect(await page.locator('tbody tr').first().getByRole('cell').nth(1).innerText()).toBe('OMT ABC (Den Haag)')
    await page.keyboard.press('Space')
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending')
    expect(await page.locator('tbody tr').first().getByRole('cell').nth(1).innerText()).toBe('Regionale OMT')

    // Filtering, with the count in a status region.
    await page.getByRole('link', { name: 'Gemeenten' }).click()
    await heading(page, 'Gemeenten', 2)
    await expectFocused(page.getByRole('heading', { name: 'Gemeenten', level: 2 }))
    await page.getByRole('status').filter({ hasText: '27 gemeenten' }).waitFor()
    await page.getByLabel('Zoeken in gemeenten').fill('voor')
    await page.getByRole('status').filter({ hasText: '2 van 27 gemeenten getoond' }).waitFor()
    await page.getByLabel('Zoeken in gemeenten').fill('')

    // Adding: the vault's Dutch field errors appear at the field, tied to it.
    const add = page.getByRole('button', { name: 'Gemeente toevoegen' })
    await add.click()
    const dialog = page.getByRole('dialog', { name: 'Gemeente toevoegen' })
    await dialog.waitFor()
    await expectFocused(dialog.getByLabel('Naam', { exact: true }))
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    const name = dialog.getByLabel('Naam', { exact: true })
    await dialog.getByText('Vul een naam in.').waitFor()
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    expect(await descriptionOf(name)).toBe('Fout: Vul een naam in.')
    await checkScreen(app, 'dialoog gemeente toevoegen met foutmelding')
    await name.fill('Lansingerland')
    // Editing a field clears its error.
    expect(await name.getAttribute('aria-invalid')).toBeNull()
    await dialog.getByLabel('District').selectOption({ label: 'D – Delft en Westland' })
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expectFocused(add)
    expect(await page.getByRole('row').filter({ hasText: 'Lansingerland' }).getByRole('cell').nth(1).innerText()).toBe(
      'D – Delft en Westland',
    )
    await page.getByRole('status').filter({ hasText: '28 gemeenten' }).waitFor()

    // A name that exists already: the conflict is explained in the dialog; Escape closes it.
    await add.click()
    await dialog.getByLabel('Naam', { exact: true }).fill('delft')
    await dialog.getByLabel('Naam', { exact: true }).press('Enter')
    await dialog.getByRole('alert').filter({ hasText: 'Er bestaat al een gegeven met deze naam of code.' }).waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expectFocused(add)

    // Archive and restore a theme.
    await page.getByRole('link', { name: 'Thema’s' }).click()
    await heading(page, 'Thema’s', 2)
    await page.getByRole('button', { name: 'Archiveren Outlaw motorcycle gangs' }).click()
    await page.getByRole('status').filter({ hasText: '5 thema’s' }).waitFor()
    await expectFocused(page.getByRole('heading', { name: 'Thema’s', level: 2 }))
    await page.getByLabel('Toon gearchiveerd').check()
    const archived = page.getByRole('row').filter({ hasText: 'Outlaw motorcycle gangs' })
    await archived.getByText('Gearchiveerd', { exact: true }).waitFor()
    await checkScreen(app, 'instellingen: thema’s met gearchiveerd')
    await page.getByRole('button', { name: 'Terugzetten Outlaw motorcycle gangs' }).click()
    await archived.getByText('Actief', { exact: true }).waitFor()
    const themes = await app.call('reference:list', { kind: 'theme', includeArchived: false })
    expect(JSON.stringify(themes)).toContain('Outlaw motorcycle gangs')

    // Phases: only renamed and reordered; the filter ignores accents.
    await page.getByRole('link', { name: 'Fasen' }).click()
    await heading(page, 'Fasen', 2)
    expect(await page.getByRole('button', { name: /toevoegen$/u }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Archiveren/u }).count()).toBe(0)
    await page.getByLabel('Zoeken in fasen').fill('geescaleerd')
    await page.getByRole('status').filter({ hasText: '1 van 9 fasen getoond' }).waitFor()
    await page.getByRole('button', { name: 'Wijzigen Geëscaleerd (Stuurgroep)' }).click()
    const phase = page.getByRole('dialog', { name: 'Fase wijzigen' })
    await phase.getByLabel('Volgorde').fill('vijf')
    await phase.getByLabel('Volgorde').press('Enter')
    await phase.locator('.field__error').first().waitFor()
    expect(await phase.getByLabel('Volgorde').getAttribute('aria-invalid')).toBe('true')
    await checkScreen(app, 'dialoog fase wijzigen met foutmelding')
    await phase.getByLabel('Volgorde').fill('95')
    await phase.getByLabel('Volgorde').press('Enter')
    await phase.waitFor({ state: 'detached' })
    await page.getByRole('cell', { name: '95', exact: true }).waitFor()
    app.expectNoProblems()
  })

  test('a data request that finds the vault locked shows the unlock screen', async () => {
    const app = await tafelwerk.start({ ...withVault, route: 'instellingen/tafels' })
    await heading(app.page, 'Tafels', 2)
    // Main locked without the renderer hearing of it; the next request answers VAULT_LOCKED.
    app.vault.lock()
    await app.page.getByRole('link', { name: 'Partners' }).click()
    await heading(app.page, 'Kluis ontgrendelen')
    expect(await app.page.getByTestId('lock-cause').innerText()).toBe(
      'De kluis was intussen vergrendeld. Ontgrendel de kluis om verder te gaan.',
    )
    await checkScreen(app, 'ontgrendelen na een vergrendeld antwoord')
    await unlockWith(app.page, PASSPHRASE)
    // Back where the user was.
    await heading(app.page, 'Partners', 2)
    app.expectNoProblems()
  })
})

describe('Instellingen: Beveiliging', () => {
  test('a copied data key leaves the clipboard when the vault locks, unless something else was copied since', async () => {
    const app = await tafelwerk.start({ ...withVault, route: 'instellingen/beveiliging' })
    const { page } = app
    const revealCard = page.getByRole('region', { name: 'Gegevenssleutel voor SQLCipher' })
    const copyKey = async () => {
      await revealCard.getByLabel('Uw wachtwoord', { exact: true }).fill(PASSPHRASE)
      await revealCard.getByRole('button', { name: 'Gegevenssleutel tonen' }).click()
      const shown = (await revealCard.getByTestId('data-key').textContent()) ?? ''
      await revealCard.getByRole('button', { name: 'Sleutel kopiëren' }).click()
      await revealCard
        .getByText('Gekopieerd. Het klembord wordt na 30 seconden leeggemaakt.', { exact: true })
        .waitFor()
      expect(app.clipboard.text).toBe(shown)
    }
    const lock = async () => {
      await page.getByRole('button', { name: 'Vergrendelen' }).click()
      await heading(page, 'Kluis ontgrendelen')
      // The clipboard is read back in main before it is emptied: not necessarily done when the lock screen shows.
      await expect.poll(() => app.vault.isUnlocked).toBe(false)
    }

    await copyKey()
    await lock()
    await expect.poll(() => app.clipboard.text).toBe('')

    await unlockWith(page, PASSPHRASE)
    await heading(page, 'Beveiliging', 2)
    await copyKey()
    app.clipboard.copyElsewhere('Agenda OMT D, 12 maart')
    await lock()
    // Give main's clear every chance to run; it must leave the user's own copy alone.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(app.clipboard.text).toBe('Agenda OMT D, 12 maart')
    app.expectNoProblems()
  })

  describe('auto-lock, change passphrase, data key, and a new recovery key from the banner', () => {
    const { step } = tafelwerk.scenario({ ...withVault, route: 'instellingen/beveiliging' })
    let shown = ''

    step('auto-lock minutes, checked by the vault', async (app) => {
      const { page } = app
      await heading(page, 'Beveiliging', 2)
      await checkScreen(app, 'instellingen: beveiliging')

      // Auto-lock minutes, checked by the vault.
      const minutes = page.getByLabel('Vergrendelen na (minuten zonder activiteit)')
      expect(await minutes.inputValue()).toBe('10')
      await minutes.fill('0')
      await minutes.press('Enter')
      await page.getByText('Kies minstens 1 minuut.').waitFor()
      await minutes.fill('15')
      await minutes.press('Enter')
      await page
        .getByRole('status')
        .filter({ hasText: 'De kluis vergrendelt na 15 minuten zonder activiteit.' })
        .waitFor()
      expect(await app.call('settings:get', {})).toEqual({
        ok: true,
        value: { autoLockMinutes: 15, retentionYears: 5, backupReminderDays: 7 },
      })
    })

    step('change the passphrase: a wrong current one is named at its field', async (app) => {
      const { page } = app
      // Change the passphrase: a wrong current one is named at its field.
      const current = page.getByLabel('Huidig wachtwoord', { exact: true })
      await current.fill('niet mijn wachtwoord')
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE)
      await page.getByLabel('Herhaal het wachtwoord', { exact: true }).fill(NEW_PASSPHRASE)
      await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
      await page.getByText('Dit wachtwoord klopt niet.').first().waitFor()
      expect(await descriptionOf(current)).toContain('Dit wachtwoord klopt niet.')
      await checkScreen(app, 'beveiliging: wachtwoord wijzigen met foutmelding')
      await current.fill(PASSPHRASE)
      await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
      await page.getByText('Uw wachtwoord is gewijzigd.', { exact: false }).waitFor()
    })

    step(
      'the data key, behind the passphrase and a warning; once shown, the vault offers to replace it',
      async (app) => {
        const { page } = app
        // The data key, behind the passphrase and a warning.
        const revealCard = page.getByRole('region', { name: 'Gegevenssleutel voor SQLCipher' })
        await revealCard.getByText('Let op: deze sleutel opent alles').waitFor()
        await revealCard.getByLabel('Uw wachtwoord', { exact: true }).fill(PASSPHRASE)
        await revealCard.getByRole('button', { name: 'Gegevenssleutel tonen' }).click()
        await revealCard.getByText('Dit wachtwoord klopt niet.').waitFor()
        await revealCard.getByLabel('Uw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE)
        await revealCard.getByRole('button', { name: 'Gegevenssleutel tonen' }).click()
        shown = (await revealCard.getByTestId('data-key').textContent()) ?? ''
        expect(shown).toMatch(/^[0-9a-f]{64}$/u)
        expect(await app.call('vault:reveal-data-key', { passphrase: NEW_PASSPHRASE })).toEqual({
          ok: true,
          value: { dataKeyHex: shown },
        })
        await revealCard.getByRole('button', { name: 'Sleutel kopiëren' }).click()
        await revealCard
          .getByText('Gekopieerd. Het klembord wordt na 30 seconden leeggemaakt.', { exact: true })
          .waitFor()
        expect(app.clipboard.text).toBe(shown)
        await checkScreen(app, 'beveiliging: gegevenssleutel getoond')
        await revealCard.getByRole('button', { name: 'Sleutel verbergen' }).click()
        expect(await revealCard.getByTestId('data-key').count()).toBe(0)
        // Once shown, the vault offers to replace it.
        const newKeyCard = page.getByRole('region', { name: 'Nieuwe gegevenssleutel' })
        await newKeyCard.getByText('De gegevenssleutel is getoond').waitFor()
        await checkScreen(app, 'beveiliging: nieuwe gegevenssleutel aangeboden')
        expect(opensWithRawKey(join(app.folder, 'tafelwerk.vault'), shown)).toBe(true)
      },
    )

    step('a new recovery key from the banner: the shown data key no longer opens the file', async (app) => {
      const { page } = app
      const newKeyCard = page.getByRole('region', { name: 'Nieuwe gegevenssleutel' })
      // The vault was made outside the first-run screen: its key was never confirmed, and the banner says so.
      const banner = page.getByRole('region', { name: 'Uw herstelsleutel is nog niet bevestigd' })
      await banner.getByRole('button', { name: 'Nieuwe herstelsleutel maken' }).click()
      const dialog = page.getByRole('dialog', { name: 'Nieuwe herstelsleutel maken' })
      await expectFocused(dialog.getByLabel('Uw wachtwoord', { exact: true }))
      await checkScreen(app, 'dialoog nieuwe herstelsleutel')
      expect(await dialog.getByLabel('Ook een nieuwe gegevenssleutel maken (aanbevolen)').isChecked()).toBe(true)
      await dialog.getByLabel('Uw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE)
      await dialog.getByLabel('Uw wachtwoord', { exact: true }).press('Enter')
      await heading(page, 'Uw nieuwe herstelsleutel')
      await page
        .getByText('de vorige herstelsleutel en een eerder getoonde gegevenssleutel openen hem niet meer', {
          exact: false,
        })
        .waitFor()
      // The shown data key is useless now: the file is under a new key.
      expect(opensWithRawKey(join(app.folder, 'tafelwerk.vault'), shown)).toBe(false)
      await checkScreen(app, 'nieuwe herstelsleutel tonen')
      const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? ''
      await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click()
      await heading(page, 'Herstelsleutel controleren')
      await checkScreen(app, 'herstelsleutel controleren')
      await page.getByLabel('Herstelsleutel', { exact: true }).fill(recoveryKey)
      await page.getByRole('button', { name: 'Bevestigen' }).click()
      await heading(page, 'Instellingen')
      await heading(page, 'Beveiliging', 2)
      expect(await banner.count()).toBe(0)
      expect(app.vault.status()).toMatchObject({ recoveryKeyConfirmed: true, dataKeyShown: false })
      expect(await newKeyCard.getByText('De gegevenssleutel is getoond').count()).toBe(0)
    })

    step('the new passphrase opens the vault', async (app) => {
      const { page } = app
      // The new passphrase opens the vault.
      await page.keyboard.press('Control+L')
      await unlockWith(page, NEW_PASSPHRASE)
      await heading(page, 'Beveiliging', 2)
    })
  })
})

describe('Instellingen: the screenshot for the README', () => {
  test('partners at 1280×800', async () => {
    const app = await tafelwerk.start({
      prepare: async (vault) => {
        const recoveryKey = await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
        await vault.confirmRecoveryKey(recoveryKey)
      },
      route: 'instellingen/partners',
    })
    const { page } = app
    await heading(page, 'Partners', 2)
    await page.getByRole('status').filter({ hasText: '19 partners' }).waitFor()
    await checkScreen(app, 'instellingen: partners')
    expect(page.viewportSize()).toEqual(VIEWPORT)
    // No focus ring or hover in the picture: it shows the page at rest.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.mouse.move(0, VIEWPORT.height - 1)
    mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true })
    await page.screenshot({ path: SCREENSHOT })
    app.expectNoProblems()
  })
})
