import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Vault } from '../../db/vault/vault'
import type { Output } from '../../shared/contract/index'
import { checkScreen } from './harness/check-screen'
import { expectFocused, tabTo } from './harness/keyboard'
import { VIEWPORT } from './harness/tafelwerk-app'
import { descriptionOf, heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'Vier vrolijke vissen in de vijver'
const SCREENSHOT = resolve(import.meta.dirname, '../../docs/screenshot-handhavingsknelpunten.png')

const tafelwerk = useTafelwerk()

const withVault = { prepare: (vault: Vault) => vault.create(PASSPHRASE, PASSPHRASE, withTestOwner) }

describe('Instellingen: handhavingsknelpunten', () => {
  test('add by keyboard with the vault’s date checks at the fields, filter by district, edit, delete', async () => {
    const app = await tafelwerk.start({ ...withVault, route: 'instellingen/handhavingsknelpunten' })
    const { page } = app
    await heading(page, 'Handhavingsknelpunten', 2)
    await page.getByText('Er zijn hier nog geen handhavingsknelpunten vastgelegd.').waitFor()
    await checkScreen(app, 'handhavingsknelpunten: leeg')

    // Adding, from the keyboard: the dialog opens on the name.
    const add = page.getByRole('button', { name: 'Knelpunt toevoegen' })
    await tabTo(page, add)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Handhavingsknelpunt toevoegen' })
    await dialog.waitFor()
    const name = dialog.getByLabel('Naam', { exact: true })
    await expectFocused(name)
    await page.keyboard.press('Enter')
    await dialog.getByText('Vul de naam van het knelpunt in', { exact: false }).first().waitFor()
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    expect(await descriptionOf(name)).toContain('Fout: Vul de naam van het knelpunt in')
    await expectFocused(name)
    await checkScreen(app, 'dialoog handhavingsknelpunt met foutmeldingen')

    // Dates out of order are refused at the later date, with the earlier one named.
    await name.fill('Vakantieparken in de Duin- en Bollenstreek')
    await dialog.getByLabel('District').selectOption({ label: 'F – Leiden-Bollenstreek' })
    await dialog.getByLabel('Aangewezen op').fill('2024-03-12')
    const plan = dialog.getByLabel('Plan van aanpak vastgesteld op (optioneel)')
    await plan.fill('2024-01-09')
    await plan.press('Enter')
    await dialog.getByText('Het plan van aanpak kan niet vóór de aanwijzing (12-03-2024) zijn vastgesteld.').waitFor()
    expect(await plan.getAttribute('aria-invalid')).toBe('true')
    await expectFocused(plan)
    await plan.fill('2024-06-18')
    await plan.press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await expectFocused(add)
    await page
      .getByText('Handhavingsknelpunt “Vakantieparken in de Duin- en Bollenstreek” is toegevoegd.')
      .waitFor({ state: 'attached' })
    const row = page.getByRole('row').filter({ hasText: 'Vakantieparken in de Duin- en Bollenstreek' })
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(
      expect.arrayContaining(['F – Leiden-Bollenstreek', '12-03-2024', '18-06-2024']),
    )
    await row.getByText('Plan in uitvoering', { exact: true }).waitFor()

    // A regional one, through the contract as another window would; the list shows it when it is opened again.
    await app.call('enforcement-issue:create', {
      districtId: null,
      name: 'Drugsafval in het buitengebied',
      designatedOn: '2023-10-02',
      planAdoptedOn: null,
      finishedOn: null,
    })
    await page.getByRole('link', { name: 'Districten' }).click()
    await heading(page, 'Districten', 2)
    await page.getByRole('link', { name: 'Handhavingsknelpunten' }).click()
    await heading(page, 'Handhavingsknelpunten', 2)
    await page
      .getByRole('status')
      .filter({ hasText: /^2 handhavingsknelpunten$/u })
      .waitFor()
    expect(await page.locator('tbody tr').first().innerText()).toContain('Drugsafval in het buitengebied')
    await page.getByLabel('Tonen voor').selectOption({ label: 'Regionaal (hele regio)' })
    await page.getByRole('status').filter({ hasText: '1 van 2 handhavingsknelpunten' }).waitFor()
    expect(await page.locator('tbody tr').count()).toBe(1)
    await page
      .getByRole('row')
      .filter({ hasText: 'Drugsafval in het buitengebied' })
      .getByText('Aangewezen', { exact: true })
      .waitFor()
    await page.getByLabel('Tonen voor').selectOption({ label: 'F – Leiden-Bollenstreek' })
    await page.getByRole('status').filter({ hasText: '1 van 2 handhavingsknelpunten' }).waitFor()
    await checkScreen(app, 'handhavingsknelpunten: gefilterd op district')

    // Editing: finished, so the stage follows; a new HHK starts in the district the list is filtered on.
    await page.getByRole('button', { name: 'Wijzigen Vakantieparken in de Duin- en Bollenstreek' }).click()
    const edit = page.getByRole('dialog', { name: 'Handhavingsknelpunt wijzigen' })
    await edit.getByLabel('Afgerond op (optioneel)').fill('2025-12-01')
    await edit.getByRole('button', { name: 'Opslaan' }).click()
    await edit.waitFor({ state: 'detached' })
    await row.getByText('Afgerond', { exact: true }).waitFor()
    await add.click()
    expect(await dialog.getByLabel('District').inputValue()).not.toBe('')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expectFocused(add)

    await page.getByLabel('Tonen voor').selectOption({ label: 'Alle districten en regionaal' })
    await page
      .getByRole('status')
      .filter({ hasText: /^2 handhavingsknelpunten$/u })
      .waitFor()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1)
    await page.screenshot({ path: SCREENSHOT })

    // Deleting asks first; Annuleren has the focus, so Enter by habit changes nothing.
    await page.getByRole('button', { name: 'Verwijderen Drugsafval in het buitengebied' }).click()
    const confirm = page.getByRole('dialog', { name: 'Handhavingsknelpunt verwijderen' })
    await expectFocused(confirm.getByRole('button', { name: 'Annuleren' }))
    await checkScreen(app, 'dialoog handhavingsknelpunt verwijderen')
    await confirm.getByRole('button', { name: 'Verwijderen' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /^1 handhavingsknelpunt$/u })
      .waitFor()
    await expectFocused(page.getByRole('heading', { name: 'Handhavingsknelpunten', level: 2 }))
    const answer = await app.call('enforcement-issue:list', {})
    if (!answer.ok) throw new Error(answer.error.message)
    const { rows } = answer.value as Output<'enforcement-issue:list'>
    expect(rows.map((issue) => [issue.name, issue.stage])).toEqual([
      ['Vakantieparken in de Duin- en Bollenstreek', 'afgerond'],
    ])
    await checkScreen(app, 'handhavingsknelpunten: na verwijderen')
  })
})
