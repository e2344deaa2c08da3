import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { generateDemoData } from '../../db/demo/generate-demo-data'
import type { Vault } from '../../db/vault/vault'
import type { DistrictReport, ReportOptions } from '../../shared/contract/district-report.contract'
import { todayIso } from '../../shared/domain/iso-date'
import { PRINT_STATE_ATTRIBUTE, printReadyState } from '../../shared/domain/print-route'
import { reportPrintRoutePath, reportPrintToken } from '../../shared/domain/report-print-route'
import { checkScreen } from './harness/check-screen'
import { expectFocused } from './harness/keyboard'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { descriptionOf, heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const tafelwerk = useTafelwerk()
const PASSPHRASE = 'rapportage voor de districtsbijeenkomst'
/** Where the screenshots go for a look; not docs/, which other tests own. */
const SHOTS = join(tmpdir(), 'tafelwerk-district-report')

async function answer<T>(app: TafelwerkApp, channel: string, input: unknown): Promise<T> {
  const reply = await app.call(channel, input)
  if (!reply.ok) throw new Error(JSON.stringify(reply.error))
  return reply.value as T
}

/** The demo vault as "Probeer met voorbeeldgegevens" opens it (vault.handlers.ts): histories up to today. */
const openDemoVault = (vault: Vault) =>
  vault.openDemo(async (db) => {
    await generateDemoData(db, { seed: 20_251_122, scale: 0.1, endDate: todayIso() })
  })

/** The scope field's options as the user sees them. */
const scopeOptions = (page: Page) =>
  page
    .getByLabel('Voor', { exact: true })
    .locator('option')
    .evaluateAll((options) => options.map((option) => option.textContent ?? ''))

describe('Voortgangsrapportage: choose a district and a period, read the charts and their tables, refuse bad periods', () => {
  let options: ReportOptions
  let report: DistrictReport
  const { step } = tafelwerk.scenario({
    prepare: openDemoVault,
    route: 'voortgangsrapportage',
  })

  step('the screen is in the main menu and offers the region, the districts and the tables', async (app) => {
    const { page } = app
    await heading(page, 'Voortgangsrapportage')
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Rapportage' })
      .and(page.locator('[aria-current="page"]'))
      .waitFor()
    options = await answer<ReportOptions>(app, 'districtReport:options', {})
    expect(await scopeOptions(page)).toEqual(options.scopes.map((option) => option.label))
  })

  step('a district for the default period: its charts with titles and summaries, under the disclaimer', async (app) => {
    const { page } = app
    const district = options.scopes.find((option) => option.scope.kind === 'district')
    if (!district) throw new Error('The demo vault has no district.')
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: district.label })
    report = await answer<DistrictReport>(app, 'districtReport:get', {
      scope: district.scope,
      period: options.defaultPeriod,
    })
    expect(report.empty).toBe(false)
    const head = page.locator('.report-view__head')
    await head.getByText(`${report.scopeLabel}, ${report.period.label}`).waitFor()
    await head.getByText(report.disclaimer).waitFor()

    // Every charted figure is an image named by its visible title and described by its summary, which is on
    // screen as the chart's own line or, where it is the same sentence, as the slide's message just above.
    const charts = page.getByRole('img')
    await charts.first().waitFor()
    const charted = report.slides.filter((slide) => slide.chart !== 'none')
    expect(await charts.count()).toBeGreaterThanOrEqual(1)
    for (const slide of charted) {
      const figure = report.figures.find((candidate) => candidate.id === slide.figureIds[0])
      if (!figure || figure.unit === 'status' || figure.rows.every((row) => row.total)) continue
      const chart = page.getByRole('img', { name: figure.title, exact: true }).first()
      await chart.waitFor()
      expect(await descriptionOf(chart)).toContain(figure.summary)
      await page.getByText(figure.summary, { exact: true }).first().waitFor()
    }
    await checkScreen(app, 'Voortgangsrapportage: een district')
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'voortgangsrapportage.png'), fullPage: true })
  })

  step('a hidden value shows as "<5", drawn as an empty outline, never as a bar of 0', async (app) => {
    const { page } = app
    const hiddenInPeriod = report.figures.some((figure) =>
      figure.rows.some((row) => row.cells.some((cell) => cell.value === null && cell.display === '<5')),
    )
    if (!hiddenInPeriod) return
    const shown = page.locator('text=/^<5$/ >> visible=true')
    await shown.first().waitFor()
    const outlines = page.locator('svg .chart__hidden')
    if ((await outlines.count()) > 0) {
      expect(await outlines.first().locator('rect').getAttribute('stroke-dasharray')).toBeTruthy()
      expect(await outlines.first().locator('text').textContent()).toMatch(/^(<5|—)$/u)
    }
  })

  step('the data table of a chart is one keystroke away: T on the focused chart', async (app) => {
    const { page } = app
    const chart = page.getByRole('img').first()
    const figure = page.locator('figure.chart').filter({ has: chart }).first()
    const button = figure.getByRole('button', { name: 'Toon tabel' })
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    await chart.focus()
    await expectFocused(chart)
    await page.keyboard.press('t')
    const table = figure.getByRole('table')
    await table.waitFor()
    expect(await figure.getByRole('button', { name: 'Verberg tabel' }).getAttribute('aria-expanded')).toBe('true')
    // Its header names every column of the report, the period last.
    const headers = await table.locator('thead th').allTextContents()
    expect(headers.map((text) => text.replace(' (de periode)', ''))).toEqual(
      report.columns.map((column) => column.label),
    )
    await checkScreen(app, 'Voortgangsrapportage: tabel bij een grafiek')
    await page.keyboard.press('t')
    await table.waitFor({ state: 'hidden' })
  })

  step(
    'own dates: an end before the start, then a period in the future, each with the contract’s message',
    async (app) => {
      const { page } = app
      await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'Eigen periode (datums)' })
      const from = page.getByLabel('Van', { exact: true })
      const to = page.getByLabel('Tot en met', { exact: true })
      await from.fill('2025-05-01')
      await to.fill('2025-04-01')
      await page.locator('[aria-invalid="true"]').first().waitFor()
      expect(await to.getAttribute('aria-invalid')).toBe('true')
      expect(await descriptionOf(to)).toContain('De einddatum ligt vóór de begindatum.')
      // No chart of a period the vault would refuse.
      expect(await page.getByRole('img').count()).toBe(0)
      await checkScreen(app, 'Voortgangsrapportage: einddatum vóór begindatum')

      await from.fill('2999-01-01')
      await to.fill('2999-06-30')
      await page.getByText('Deze periode ligt in de toekomst. Kies een periode die al begonnen is.').first().waitFor()
      expect(await from.getAttribute('aria-invalid')).toBe('true')
      expect(await descriptionOf(from)).toContain('Deze periode ligt in de toekomst.')
      expect(await page.getByRole('img').count()).toBe(0)

      // A valid own period shows a report again.
      await from.fill(options.defaultPeriod.from)
      await to.fill(options.defaultPeriod.to)
      await page.getByRole('img').first().waitFor()
      await checkScreen(app, 'Voortgangsrapportage: eigen periode')
    },
  )

  step('the slides’ print route renders every slide on a 1280×720 page and reports itself ready', async (app) => {
    const { page } = app
    const job = 'dia1'
    const route = reportPrintRoutePath({ layout: 'dia', scope: report.scope, period: options.defaultPeriod, job })
    await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`)
    await page.waitForFunction(({ attribute, ready }) => document.documentElement.getAttribute(attribute) === ready, {
      attribute: PRINT_STATE_ATTRIBUTE,
      ready: printReadyState(reportPrintToken(job)),
    })
    expect(await page.locator('.report-print__page').count()).toBe(report.slides.length)
    const first = await page.locator('.report-print__page .slide').first().boundingBox()
    expect(first).toMatchObject({ width: 1280, height: 720 })
    await page.screenshot({ path: join(SHOTS, 'dia.png'), fullPage: true })

    // Printed as the export prints it: one landscape page of 1280×720 px (960×540 pt) per slide.
    const pdf = join(SHOTS, 'dia.pdf')
    writeFileSync(pdf, await page.pdf({ printBackground: true, preferCSSPageSize: true }))
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+960 x 540 pts/u)
    expect(info).toMatch(new RegExp(`Pages:\\s+${String(report.slides.length)}\\b`, 'u'))
    await checkScreen(app, 'Voortgangsrapportage: dia’s om af te drukken')
  })

  step('the handout’s print route: each slide with its notes, on portrait A4', async (app) => {
    const { page } = app
    // A speaker note saved for the second slide is printed under it, paragraphs kept.
    const noted = report.slides[1] ?? report.slides[0]
    if (!noted) throw new Error('The report has no slides.')
    const note = 'Eerst de stijging toelichten.\n\nDaarna de vraag aan de burgemeesters.'
    await answer(app, 'districtReport:saveNote', {
      scope: report.scope,
      period: options.defaultPeriod,
      slideId: noted.id,
      text: note,
    })
    const job = 'handout1'
    const route = reportPrintRoutePath({
      layout: 'hand-out',
      scope: report.scope,
      period: options.defaultPeriod,
      job,
    })
    await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`)
    await page.waitForFunction(({ attribute, ready }) => document.documentElement.getAttribute(attribute) === ready, {
      attribute: PRINT_STATE_ATTRIBUTE,
      ready: printReadyState(reportPrintToken(job)),
    })
    expect(await page.locator('.hand-out__entry').count()).toBe(report.slides.length)
    const entry = page.locator('.hand-out__entry').filter({ has: page.locator(`[data-slide="${noted.id}"]`) })
    expect(await entry.locator('.hand-out__note').allTextContents()).toEqual([
      'Eerst de stijging toelichten.',
      'Daarna de vraag aan de burgemeesters.',
    ])
    const pdf = join(SHOTS, 'hand-out.pdf')
    writeFileSync(pdf, await page.pdf({ printBackground: true, preferCSSPageSize: true }))
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/u)
    await page.screenshot({ path: join(SHOTS, 'hand-out.png'), fullPage: true })
    await checkScreen(app, 'Voortgangsrapportage: hand-out om af te drukken')
  })

  step('an incomplete print address is reported to the printer, not waited on', async (app) => {
    const { page } = app
    await page.evaluate(() => (window.location.hash = '#/afdruk-rapport/dia?van=2025-01-01'))
    await page.getByText('Deze rapportage bestaat niet.').waitFor()
    expect(
      await page.evaluate((attribute) => document.documentElement.getAttribute(attribute), PRINT_STATE_ATTRIBUTE),
    ).toBe('error:onbekend:NOT_FOUND')
  })
})

describe('Instellingen: the small-number thresholds can be raised, never set below the floors', () => {
  const { step } = tafelwerk.scenario({
    prepare: openDemoVault,
    route: 'instellingen/voortgangsrapportage',
  })

  step('the card shows the thresholds in force', async (app) => {
    const { page } = app
    await heading(page, 'Kleine aantallen in de voortgangsrapportage', 3)
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'instellingen.png') })
    expect(await page.getByLabel('Aantallen tonen vanaf').inputValue()).toBe('5')
    expect(await page.getByLabel('Mediaan en percentage vanaf (aantal casussen)').inputValue()).toBe('10')
    expect(await page.getByLabel('Bedragen vanaf (aantal casussen dat bijdraagt)').inputValue()).toBe('3')
    await checkScreen(app, 'Instellingen: voortgangsrapportage')
  })

  step('below the floor: refused with the contract’s message, focus on the field, nothing saved', async (app) => {
    const { page } = app
    const count = page.getByLabel('Aantallen tonen vanaf')
    await count.fill('3')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expectFocused(count)
    expect(await descriptionOf(count)).toContain('Kies minstens 5.')
    const options = await answer<ReportOptions>(app, 'districtReport:options', {})
    expect(options.thresholds.minCount).toBe(5)
    await checkScreen(app, 'Instellingen: drempel te laag')
  })

  step('raised: saved in the vault and said so', async (app) => {
    const { page } = app
    await page.getByLabel('Aantallen tonen vanaf').fill('6')
    await page.getByLabel('Mediaan en percentage vanaf (aantal casussen)').fill('12')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor()
    const options = await answer<ReportOptions>(app, 'districtReport:options', {})
    expect(options.thresholds).toEqual({ minCount: 6, minN: 12, minContributors: 3 })
  })
})

describe('Voortgangsrapportage in a vault without cases: an honest empty state, never a broken chart', () => {
  const { step } = tafelwerk.scenario({
    prepare: async (vault) => {
      await vault.confirmRecoveryKey(await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner))
    },
    route: 'voortgangsrapportage',
  })

  step('says there is nothing to show, with no chart and no table', async (app) => {
    const { page } = app
    await heading(page, 'Voortgangsrapportage')
    await page.getByRole('heading', { name: 'Geen gegevens', level: 2 }).waitFor()
    await page.getByText(/is tot het einde van .* geen casus geregistreerd/u).waitFor()
    expect(await page.getByRole('img').count()).toBe(0)
    expect(await page.getByRole('table').count()).toBe(0)
    await checkScreen(app, 'Voortgangsrapportage: lege kluis')
  })
})
