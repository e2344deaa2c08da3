import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect } from 'vitest'
import { writeReportPackage } from '../../db/exports/district-report/report-package'
import { generateDemoData } from '../../db/demo/generate-demo-data'
import type { Vault } from '../../db/vault/vault'
import type { DistrictReport, ReportOptions } from '../../shared/contract/district-report.contract'
import { todayIso } from '../../shared/domain/iso-date'
import { sampleDistrictReport } from '../support/sample-district-report'
import { expectNoAxeViolations } from './harness/axe'
import { checkScreen } from './harness/check-screen'
import { expectFocused } from './harness/keyboard'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'

const tafelwerk = useTafelwerk()
/** Where the screenshots go for a look; not docs/, which other tests own. */
const SHOTS = join(tmpdir(), 'tafelwerk-district-presentation')
const shot = (name: string) => {
  mkdirSync(SHOTS, { recursive: true })
  return join(SHOTS, name)
}

/** What the presentation says the audience sees: "3 / 12", and the announced "Dia 3 van 12: …". */
const counter = (page: Page) => page.getByTestId('slide-counter').locator('[aria-hidden="true"]')
async function expectSlide(page: Page, position: number, count: number): Promise<void> {
  await expect.poll(() => counter(page).textContent()).toBe(`${String(position)} / ${String(count)}`)
  await expect
    .poll(() => page.getByTestId('slide-announcement').textContent())
    .toMatch(new RegExp(`^Dia ${String(position)} van ${String(count)}: `, 'u'))
}

async function answer<T>(app: TafelwerkApp, channel: string, input: unknown): Promise<T> {
  const reply = await app.call(channel, input)
  if (!reply.ok) throw new Error(JSON.stringify(reply.error))
  return reply.value as T
}

/** The demo vault as "Probeer met voorbeeldgegevens" opens it: histories up to today. */
const openDemoVault = (vault: Vault) =>
  vault.openDemo(async (db) => {
    await generateDemoData(db, { seed: 20_251_122, scale: 0.1, endDate: todayIso() })
  })

const presentation = (page: Page) => page.getByRole('dialog', { name: /^Presentatie: /u })
const NOTE_FROM_PANEL = 'Begin met de burgemeesters: drie nieuwe casussen.'
const NOTE_FROM_PRESENTER = 'Vraag naar de Bibob-toetsen.'

describe('presenting the report from the demo vault: keys, overview, blank screen, notes and a presenter view that follows', () => {
  let report: DistrictReport
  let options: ReportOptions
  const { step } = tafelwerk.scenario({ prepare: openDemoVault, route: 'voortgangsrapportage' })

  step('the report of a district, in presentation mode, in full screen', async (app) => {
    const { page } = app
    await heading(page, 'Voortgangsrapportage')
    options = await answer<ReportOptions>(app, 'districtReport:options', {})
    const district = options.scopes.find((option) => option.scope.kind === 'district')
    if (!district) throw new Error('The demo vault has no district.')
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: district.label })
    report = await answer<DistrictReport>(app, 'districtReport:get', {
      scope: district.scope,
      period: options.defaultPeriod,
    })
    expect(report.slides.length).toBeGreaterThanOrEqual(5)
    await page.locator('.notice__title').getByText(`${report.scopeLabel}, ${report.period.label}`).waitFor()

    await page.getByRole('button', { name: 'Presenteren', exact: true }).click()
    await presentation(page).waitFor()
    await expectSlide(page, 1, report.slides.length)
    expect(await page.evaluate(() => document.fullscreenElement?.getAttribute('role') ?? 'none')).toBe('dialog')
    await expectFocused(presentation(page))
    const first = report.slides[0]
    if (first) await presentation(page).getByRole('heading', { name: first.title, exact: true }).waitFor()
    await expectNoAxeViolations(page, 'presentatie: dia 1')
    await page.screenshot({ path: shot('presentatie-dia.png') })
  })

  step('→, Space and Page Down go on; End, Home and ← as a presenter expects', async (app) => {
    const { page } = app
    const count = report.slides.length
    await page.keyboard.press('ArrowRight')
    await expectSlide(page, 2, count)
    await page.keyboard.press('Space')
    await expectSlide(page, 3, count)
    await page.keyboard.press('PageDown')
    await expectSlide(page, 4, count)
    await page.keyboard.press('End')
    await expectSlide(page, count, count)
    await page.keyboard.press('ArrowRight')
    await expectSlide(page, count, count)
    await page.keyboard.press('Home')
    await expectSlide(page, 1, count)
    await page.keyboard.press('ArrowLeft')
    await expectSlide(page, 1, count)
    await page.keyboard.press('PageDown')
    await page.keyboard.press('PageUp')
    await expectSlide(page, 1, count)
    await page.keyboard.press('ArrowRight')
    await expectSlide(page, 2, count)
  })

  step(
    'O opens the overview on the current slide; the arrows and Enter choose another; Esc closes it first',
    async (app) => {
      const { page } = app
      const count = report.slides.length
      await page.keyboard.press('o')
      await page.getByRole('heading', { name: 'Overzicht van alle dia’s' }).waitFor()
      const thumbnail = (index: number) =>
        page.getByRole('button', { name: new RegExp(`^Dia ${String(index)} van ${String(count)}`, 'u') })
      await expectFocused(thumbnail(2))
      expect(await thumbnail(2).getAttribute('aria-current')).toBe('step')
      await expectNoAxeViolations(page, 'presentatie: overzicht')
      await page.screenshot({ path: shot('presentatie-overzicht.png') })
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await expectFocused(thumbnail(4))
      await page.keyboard.press('Enter')
      await expectSlide(page, 4, count)
      await expectFocused(presentation(page))

      // Esc in the overview closes the overview, and the presentation stays.
      await page.keyboard.press('o')
      await page.getByRole('heading', { name: 'Overzicht van alle dia’s' }).waitFor()
      await page.keyboard.press('Escape')
      await page.getByRole('heading', { name: 'Overzicht van alle dia’s' }).waitFor({ state: 'detached' })
      await expectSlide(page, 4, count)
      await presentation(page).waitFor()
    },
  )

  step('B blanks the screen and brings the slide back; Esc closes the blank screen before leaving', async (app) => {
    const { page } = app
    await page.keyboard.press('b')
    await page.getByTestId('blank-screen').waitFor()
    expect(await page.locator('.presentation .slide').count()).toBe(0)
    await page.keyboard.press('b')
    await page.getByTestId('blank-screen').waitFor({ state: 'detached' })
    await page.keyboard.press('b')
    await page.keyboard.press('Escape')
    await page.getByTestId('blank-screen').waitFor({ state: 'detached' })
    await presentation(page).waitFor()
    await expectSlide(page, 4, report.slides.length)
  })

  step('the presenter view opens as a second window and follows; its keys step the presentation', async (app) => {
    const { page } = app
    const count = report.slides.length
    await page.mouse.move(200, 200)
    await page.getByRole('button', { name: 'Presentatorweergave' }).click()
    const presenter = await waitForPresenter(app)
    const position = presenter.getByTestId('presenter-position')
    await position.filter({ hasText: `Dia 4 van ${String(count)}` }).waitFor()
    const next = report.slides[4]
    if (next) await presenter.getByRole('heading', { name: `Volgende: ${next.title}` }).waitFor()
    await page.keyboard.press('ArrowRight')
    await position.filter({ hasText: `Dia 5 van ${String(count)}` }).waitFor()
    // Stepping from the presenter's own window moves the audience's slide.
    await presenter.getByRole('heading', { name: 'Presentatorweergave' }).focus()
    await presenter.keyboard.press('ArrowLeft')
    await expectSlide(page, 4, count)
    await position.filter({ hasText: `Dia 4 van ${String(count)}` }).waitFor()
    await presenter.getByRole('button', { name: 'Start' }).click()
    await presenter.getByRole('button', { name: 'Pauze' }).waitFor()
    await expectNoAxeViolations(presenter, 'presentatorweergave')
    await presenter.screenshot({ path: shot('presentatorweergave.png') })
  })

  step('a note typed in the presenter view is saved and reaches the presentation', async (app) => {
    const presenter = app.presenterPage
    const note = presenter.getByLabel('Sprekersnotitie bij dia 4')
    await note.fill(NOTE_FROM_PRESENTER)
    await presenter
      .getByRole('status')
      .filter({ hasText: /^Opgeslagen om/u })
      .waitFor()
    const slide = report.slides[3]
    if (!slide) throw new Error('No fourth slide.')
    const saved = await answer<DistrictReport>(app, 'districtReport:get', {
      scope: report.scope,
      period: report.period,
    })
    expect(saved.notes[slide.id]).toBe(NOTE_FROM_PRESENTER)
    await app.page.bringToFront()
    await app.page.keyboard.press('Escape')
    await presentation(app.page).waitFor({ state: 'detached' })
    await expectFocused(app.page.getByRole('button', { name: 'Presenteren', exact: true }))
    await presenter.getByText('De presentatie is gestopt.', { exact: false }).waitFor()
    await presenter.close()
  })

  step('a note typed in the notes panel is kept when the report is opened again', async (app) => {
    const { page } = app
    await page.getByRole('button', { name: 'Sprekersnotities' }).click()
    const [first, , , fourth] = report.slides
    if (!first || !fourth) throw new Error('Too few slides.')
    // The presenter's note is already in the panel: the presentation passed it on.
    expect(await page.getByLabel(`Dia 4: ${fourth.title}`).inputValue()).toBe(NOTE_FROM_PRESENTER)
    const field = page.getByLabel(`Dia 1: ${first.title}`)
    await field.fill(NOTE_FROM_PANEL)
    // Leaving the page right away loses nothing: the field saves as it goes.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click()
    await heading(page, 'Casussen')
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportage' }).click()
    await heading(page, 'Voortgangsrapportage')
    const district = options.scopes.find((option) => option.label === report.scopeLabel)
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: district?.label ?? report.scopeLabel })
    await page.locator('.notice__title').getByText(`${report.scopeLabel}, ${report.period.label}`).waitFor()
    await page.getByRole('button', { name: 'Sprekersnotities' }).click()
    await expect.poll(() => page.getByLabel(`Dia 1: ${first.title}`).inputValue()).toBe(NOTE_FROM_PANEL)
    await checkScreen(app, 'voortgangsrapportage met sprekersnotities')
    await page.screenshot({ path: shot('sprekersnotities.png') })
  })

  step('the report leaves as a package file and presents on a fresh installation with no vault', async (app) => {
    const saved = await answer<{ saved: boolean; fileName: string }>(app, 'districtReport:save', {
      scope: report.scope,
      period: report.period,
      format: 'package',
    })
    expect(saved.saved).toBe(true)
    const file = join(app.exportTarget.folder, saved.fileName)

    const other = await tafelwerk.start()
    await heading(other.page, 'Nieuwe kluis maken')
    const chooser = other.page.waitForEvent('filechooser')
    await other.page.getByRole('button', { name: 'Rapport presenteren uit bestand' }).press('Enter')
    await (await chooser).setFiles([file])
    await heading(other.page, `Voortgangsrapportage ${report.scopeLabel}`)
    await other.page.getByRole('button', { name: 'Presenteren', exact: true }).click()
    await presentation(other.page).waitFor()
    await expectSlide(other.page, 1, report.slides.length)
    await other.page.keyboard.press('End')
    await expectSlide(other.page, report.slides.length, report.slides.length)
    await other.page.mouse.move(300, 300)
    await other.page.getByRole('button', { name: 'Presentatorweergave' }).click()
    const presenter = await waitForPresenter(other)
    // The notes travelled in the file: the one typed in the vault is there, read only.
    await other.page.keyboard.press('Home')
    await presenter.getByText(NOTE_FROM_PANEL).waitFor()
    expect(await presenter.getByRole('textbox').count()).toBe(0)
    await other.page.keyboard.press('Escape')
    await presentation(other.page).waitFor({ state: 'detached' })
    other.expectNoProblems()
  })
})

/** A district's package as another installation would receive it: written by the exporter's own writer. */
function districtReport(districtId: string, label: string, politie: number): DistrictReport {
  const report = sampleDistrictReport()
  const [signals] = report.figures
  const politieRow = signals?.rows[0]
  if (politieRow) politieRow.cells[1] = { value: politie, display: String(politie) }
  return { ...report, scope: { kind: 'district', districtId }, scopeLabel: label }
}

describe('a report package on a laptop with no vault: opened from the first screen, presented, and combined into a region', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-pakket-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(folder, name)
    writeFileSync(path, bytes)
    return path
  }
  const delft = write('Voortgang District D.tafelrapport', writeReportPackage(districtReport('d-1', 'District D', 30)))
  const leiden = write('Voortgang District F.tafelrapport', writeReportPackage(districtReport('d-2', 'District F', 12)))
  const { step } = tafelwerk.scenario()

  const choose = async (page: Page, files: string[]) => {
    const button = page.getByRole('button', { name: 'Rapport presenteren uit bestand' })
    const chooser = page.waitForEvent('filechooser')
    // The button is keyboard operable: Enter opens the system's file dialog.
    await button.press('Enter')
    await (await chooser).setFiles(files)
  }

  step('a changed byte is refused on the first screen with the package’s Dutch message', async (app) => {
    await heading(app.page, 'Nieuwe kluis maken')
    const bytes = writeReportPackage(districtReport('d-1', 'District D', 30))
    const middle = Math.floor(bytes.length / 2)
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01
    await choose(app.page, [write('Gewijzigd.tafelrapport', bytes)])
    const alert = app.page.locator('.package-offer').getByRole('alert')
    await expect.poll(() => alert.textContent()).toMatch(/\S/u)
    expect(await alert.textContent()).not.toMatch(/error|exception/iu)
    await heading(app.page, 'Nieuwe kluis maken')
    await checkScreen(app, 'eerste scherm, rapportbestand geweigerd')
  })

  step('one file opens read only, with no vault, and presents', async (app) => {
    await choose(app.page, [delft])
    await heading(app.page, 'Voortgangsrapportage District D')
    expect(await app.call('vault:status', {})).toMatchObject({ ok: true, value: { state: 'none' } })
    // Read only: no notes to edit here.
    expect(await app.page.getByRole('button', { name: 'Sprekersnotities' }).count()).toBe(0)
    await checkScreen(app, 'rapport uit bestand')

    await app.page.getByRole('button', { name: 'Presenteren' }).click()
    const presentation = app.page.getByRole('dialog', { name: /^Presentatie: District D/u })
    await presentation.waitFor()
    await expectSlide(app.page, 1, 2)
    await app.page.keyboard.press('o')
    await app.page.getByRole('heading', { name: 'Overzicht van alle dia’s' }).waitFor()
    await expectNoAxeViolations(app.page, 'overzicht van een rapportbestand')
    await app.page.keyboard.press('Escape')
    await app.page.keyboard.press('ArrowRight')
    await expectSlide(app.page, 2, 2)

    await app.page.getByRole('button', { name: 'Presentatorweergave' }).click({ force: true })
    const presenter = await waitForPresenter(app)
    await presenter.getByTestId('presenter-position').filter({ hasText: 'Dia 2 van 2' }).waitFor()
    // The note travelled in the package, and is shown but not editable.
    await app.page.keyboard.press('Home')
    await presenter.getByText('Noem de nieuwe partner.', { exact: false }).waitFor()
    expect(await presenter.getByRole('textbox').count()).toBe(0)
    await expectNoAxeViolations(presenter, 'presentatorweergave van een rapportbestand')

    await app.page.keyboard.press('Escape')
    await presentation.waitFor({ state: 'detached' })
    await expectFocused(app.page.getByRole('button', { name: 'Presenteren' }))
    await presenter.getByText('De presentatie is gestopt.', { exact: false }).waitFor()
    await app.page.getByRole('button', { name: 'Sluiten' }).click()
    await heading(app.page, 'Nieuwe kluis maken')
  })

  step(
    'two district files make a regional view: each district’s value, and a total only from shown values',
    async (app) => {
      await choose(app.page, [delft, leiden])
      await heading(app.page, 'Regionaal overzicht')
      const table = app.page.getByRole('table', { name: 'Signalen per partner' })
      const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`, 'u') })
      expect(await row('Politie').getByRole('cell').allTextContents()).toEqual(['30', '12', '42'])
      // A hidden "<5" in a district makes the region a lower bound: never a number that reveals it.
      expect(await row('Totaal').getByRole('cell').allTextContents()).toEqual(['—', '—', '≥ 0'])
      const themes = app.page.getByRole('table', { name: 'Casussen per verschijningsvorm' })
      expect(await themes.getByRole('row', { name: /Drugs/u }).getByRole('cell').allTextContents()).toEqual([
        '12,5',
        '12,5',
        'per district',
      ])
      await checkScreen(app, 'regionaal overzicht uit twee rapportbestanden')
      await app.page.screenshot({ path: shot('regio-overzicht.png'), fullPage: true })
      await app.page.getByRole('button', { name: 'Sluiten' }).click()
    },
  )
})

async function waitForPresenter(app: { presenterPage: Page }): Promise<Page> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const page = app.presenterPage
      await heading(page, 'Presentatorweergave')
      return page
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  throw new Error('The presenter view did not open.')
}
