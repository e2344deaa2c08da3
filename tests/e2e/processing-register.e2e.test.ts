import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect } from 'vitest'
import type { Output } from '../../shared/contract/index'
import { pdfInfo, pdfText } from '../support/report-file-text'
import { withTestOwner } from '../support/test-owner'
import { checkScreen } from './harness/check-screen'
import { expectFocused, tabTo } from './harness/keyboard'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { descriptionOf, heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'

const PASSPHRASE = 'het register van verwerkingen bij de tafel'
const NEW_BASIS = 'AVG artikel 15 en artikel 12; Wgs artikel 2.9 (herzien december 2026)'
const MEANWHILE = 'Termijn gewijzigd door de privacyfunctionaris in een ander venster.'
const tafelwerk = useTafelwerk()

type Activity = Output<'processing-register:list'>['activities'][number]

async function activity(app: TafelwerkApp, id: string): Promise<Activity> {
  const answer = await app.call('processing-register:list', {})
  if (!answer.ok) throw new Error(JSON.stringify(answer.error))
  const found = (answer.value as Output<'processing-register:list'>).activities.find((item) => item.id === id)
  if (!found) throw new Error(`no activity ${id}`)
  return found
}

describe('Instellingen › Verwerkingsregister: edit an activity into a new version, see its history, export the register as PDF', () => {
  let original: Activity
  let pdf = ''
  const { step } = tafelwerk.scenario({
    prepare: (vault) => vault.create(PASSPHRASE, PASSPHRASE, withTestOwner),
    route: 'instellingen/verwerkingsregister',
  })

  step(
    'the register lists every activity with its purpose, basis, categories, retention, recipients and versions',
    async (app) => {
      const { page } = app
      await heading(page, 'Verwerkingsregister', 2)
      original = await activity(app, 'inzageverzoek')
      const rows = page.getByRole('table', { name: 'Verwerkingsregister' }).getByRole('row')
      await expect.poll(() => rows.count()).toBe(10)
      const row = rows.filter({ hasText: original.name })
      await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([
        `${original.name}${original.purpose}`,
        original.legalBasis,
        `${original.dataCategories}Over: ${original.subjectCategories}`,
        `${original.retention}Naar: ${original.recipients}`,
        '1',
        `Wijzigen ${original.name}Versies van ${original.name}`,
      ])
      await checkScreen(app, 'Verwerkingsregister')
    },
  )

  step('an empty field is refused in Dutch at the field, and nothing is saved', async (app) => {
    const { page } = app
    const edit = page.getByRole('button', { name: `Wijzigen ${original.name}` })
    await tabTo(page, edit)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: `Verwerking wijzigen: ${original.name}` })
    await expectFocused(dialog.getByLabel('Naam', { exact: true }))
    const basis = dialog.getByLabel('Grondslag', { exact: true })
    await basis.fill('   ')
    await dialog.getByRole('button', { name: 'Nieuwe versie opslaan' }).click()
    await expect.poll(() => basis.getAttribute('aria-invalid')).toBe('true')
    await expect(descriptionOf(basis)).resolves.toContain('Vul de grondslag in.')
    await expectFocused(basis)
    await checkScreen(app, 'Verwerkingsregister: lege grondslag')
    expect((await activity(app, 'inzageverzoek')).versionCount).toBe(1)
  })

  step('a filled-in form saves version 2; the table shows it', async (app) => {
    const { page } = app
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Grondslag', { exact: true }).fill(NEW_BASIS)
    await dialog.getByRole('button', { name: 'Nieuwe versie opslaan' }).click()
    await dialog.waitFor({ state: 'hidden' })
    const row = page.getByRole('row').filter({ hasText: original.name })
    await row.getByRole('cell', { name: NEW_BASIS }).waitFor()
    await expect(row.getByRole('cell').nth(4).textContent()).resolves.toBe('2')
    // Focus went back to the button that opened the form.
    await expectFocused(page.getByRole('button', { name: `Wijzigen ${original.name}` }))
  })

  step('a version saved meanwhile is not overwritten: the form says so and offers the newest', async (app) => {
    const { page } = app
    await page.getByRole('button', { name: `Wijzigen ${original.name}` }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Bewaartermijn', { exact: true }).waitFor()
    // Someone else saves version 3 while this form still edits version 2.
    const current = await activity(app, 'inzageverzoek')
    const meanwhile = await app.call('processing-register:update', {
      id: 'inzageverzoek',
      version: current.version,
      values: {
        name: current.name,
        purpose: current.purpose,
        legalBasis: current.legalBasis,
        dataCategories: current.dataCategories,
        subjectCategories: current.subjectCategories,
        retention: MEANWHILE,
        recipients: current.recipients,
      },
    })
    expect(meanwhile).toMatchObject({ ok: true, value: { version: 3 } })
    await dialog.getByLabel('Ontvangers', { exact: true }).fill('Alleen de betrokkene zelf.')
    await dialog.getByRole('button', { name: 'Nieuwe versie opslaan' }).click()
    await dialog.getByRole('alert').filter({ hasText: 'intussen gewijzigd' }).waitFor()
    await checkScreen(app, 'Verwerkingsregister: intussen gewijzigd')
    // The form offers the newest version instead; its fields then hold what was saved meanwhile.
    await dialog.getByRole('button', { name: 'Nieuwste versie laden' }).click()
    await dialog.getByText('U wijzigt versie 3.').waitFor()
    await expect(dialog.getByLabel('Bewaartermijn', { exact: true }).inputValue()).resolves.toBe(MEANWHILE)
    await expect(dialog.getByLabel('Ontvangers', { exact: true }).inputValue()).resolves.toBe(original.recipients)
    await expectFocused(dialog.getByLabel('Naam', { exact: true }))
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe('')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    const latest = await activity(app, 'inzageverzoek')
    expect(latest).toMatchObject({ version: 3, retention: MEANWHILE, recipients: original.recipients })
    // The register behind the dialog was fetched again: it shows the version saved meanwhile.
    await page
      .getByRole('row')
      .filter({ hasText: original.name })
      .getByRole('cell')
      .filter({ hasText: MEANWHILE })
      .waitFor()
  })

  step('the history shows every version, newest first, with what each changed', async (app) => {
    const { page } = app
    await page.getByRole('button', { name: `Versies van ${original.name}` }).click()
    const dialog = page.getByRole('dialog', { name: `Versies van ${original.name}` })
    const versions = dialog.getByRole('list', { name: 'Versies, nieuwste eerst' }).getByRole('listitem')
    await expect.poll(() => versions.count()).toBe(3)
    await expect(versions.getByRole('heading').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Versie 3Geldend, vastgelegd op /u),
      expect.stringMatching(/^Versie 2vastgelegd op /u),
      expect.stringMatching(/^Versie 1vastgelegd op /u),
    ])
    await expect(versions.nth(0).textContent()).resolves.toContain('Gewijzigd: bewaartermijn.')
    await expect(versions.nth(1).textContent()).resolves.toContain('Gewijzigd: grondslag.')
    await expect(versions.nth(1).textContent()).resolves.toContain(NEW_BASIS)
    await expect(versions.nth(2).textContent()).resolves.toContain(original.legalBasis)
    await checkScreen(app, 'Verwerkingsregister: versies')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  step('a closed save dialog writes nothing, and the status line says so', async (app) => {
    const { page } = app
    app.exportTarget.cancel = true
    try {
      await page.getByRole('button', { name: 'Exporteren als PDF' }).click()
      await page.getByRole('status').filter({ hasText: 'Niets opgeslagen: het opslaan is afgebroken.' }).waitFor()
    } finally {
      app.exportTarget.cancel = false
    }
    expect(existsSync(app.exportTarget.folder)).toBe(false)
  })

  step('“Exporteren als PDF”, by keyboard, saves the register and names the file in the status line', async (app) => {
    const { page } = app
    const button = page.getByRole('button', { name: 'Exporteren als PDF' })
    await button.focus()
    await page.keyboard.press('Enter')
    const status = page.getByRole('status').filter({ hasText: 'Opgeslagen als ‘Verwerkingsregister ' })
    await status.waitFor({ timeout: 90_000 })
    const name = /‘(.+)’/u.exec((await status.textContent()) ?? '')?.[1] ?? ''
    expect(name).toMatch(/^Verwerkingsregister \d{4}-\d{2}-\d{2}\.pdf$/u)
    pdf = join(app.exportTarget.folder, name)
    expect(existsSync(pdf)).toBe(true)
    await checkScreen(app, 'Verwerkingsregister: geëxporteerd')
  })

  step('the PDF holds every activity at its latest version, not the versions it replaced', async (app) => {
    const answer = await app.call('processing-register:list', {})
    if (!answer.ok) throw new Error(JSON.stringify(answer.error))
    const { activities } = answer.value as Output<'processing-register:list'>
    const text = pdfText(pdf)
    expect(text).toContain('Verwerkingsregister')
    // The kicker is set in capitals by the style sheet; the PDF's text has them so.
    expect(text).toContain('AVG ARTIKEL 30')
    for (const item of activities) {
      expect(text).toContain(item.name)
      expect(text).toContain(item.purpose.replace(/\s+/gu, ' ').slice(0, 40))
    }
    expect(text).toContain(NEW_BASIS)
    expect(text).toContain(MEANWHILE)
    expect(text).not.toContain(original.retention.replace(/\s+/gu, ' '))
    expect(text).toMatch(/pagina 1 van \d/u)
    expect(pdfInfo(pdf)).toMatch(/Title:\s+Verwerkingsregister/u)
  })
})
