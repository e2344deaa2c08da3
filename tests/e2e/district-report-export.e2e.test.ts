import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect } from 'vitest'
import { generateDemoData } from '../../db/demo/generate-demo-data'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { ReportOptions } from '../../shared/contract/district-report.contract'
import type { Output } from '../../shared/contract/index'
import { todayIso } from '../../shared/domain/iso-date'
import { MARKER_PERIOD, MARKER_WORDS, seedMarkers } from '../support/marker-seed'
import { pdfInfo, pdfPageSizes, pdfText, xlsxXml } from '../support/report-file-text'
import { checkScreen } from './harness/check-screen'
import type { TafelwerkApp } from './harness/tafelwerk-app'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'voortgang van de aanpak in het district'
const SLIDE_PAGE = resolve(import.meta.dirname, '../../docs/rapport-dia-pagina-1.png')
const tafelwerk = useTafelwerk()

/** 1280×720 CSS pixels at 96 per inch, in PDF points (72 per inch). */
const SLIDE_POINTS = { width: 960, height: 540 }
const A4_POINTS = { width: 595.28, height: 841.89 }

async function saveByCall(app: TafelwerkApp, input: Record<string, unknown>): Promise<string> {
  const answer = await app.call('districtReport:save', input)
  if (!answer.ok) throw new Error(JSON.stringify(answer.error))
  const result = answer.value as Output<'districtReport:save'>
  if (!result.saved) throw new Error('not saved')
  return join(app.exportTarget.folder, result.fileName)
}

describe('the district report leaves the vault as slides, hand-out, CSV, XLSX and package, with no name in any of them', () => {
  let scope: { kind: 'district'; districtId: string }
  let report: Output<'districtReport:get'>
  const files: Record<string, string> = {}
  const { step } = tafelwerk.scenario({
    prepare: async (vault) => {
      await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
      const { districtId } = await seedMarkers(createDispatcher(vault), vault)
      scope = { kind: 'district', districtId }
    },
  })
  const request = (format: string) => ({ scope, period: { ...MARKER_PERIOD }, format })

  step('the report has slides and figures to print', async (app) => {
    const answer = await app.call('districtReport:get', { scope, period: { ...MARKER_PERIOD } })
    if (!answer.ok) throw new Error(JSON.stringify(answer.error))
    report = answer.value as Output<'districtReport:get'>
    expect(report.empty).toBe(false)
    expect(report.slides.length).toBeGreaterThan(3)
  })

  step('CSV, XLSX and package are written under their names', async (app) => {
    files.csv = await saveByCall(app, request('csv'))
    files.xlsx = await saveByCall(app, request('xlsx'))
    files.package = await saveByCall(app, request('package'))
    expect(files.csv).toMatch(/\.csv$/u)
    expect(files.xlsx).toMatch(/\.xlsx$/u)
    expect(files.package).toMatch(/\.tafelrapport$/u)
  })

  step('the package opens as a second installation would: no vault, the same report', async (app) => {
    const bytes = readFileSync(files.package ?? '').toString('base64')
    const answer = await app.call('districtReport:openPackage', { bytes, fileName: 'rapport.tafelrapport' })
    expect(answer).toMatchObject({ ok: true, value: { scopeLabel: report.scopeLabel, slides: report.slides } })
  })
  step('the slides PDF: one landscape 1280×720 page per slide, with the document properties set', async (app) => {
    files.slides = await saveByCall(app, request('slides-pdf'))
    const sizes = pdfPageSizes(files.slides)
    expect(sizes).toHaveLength(report.slides.length)
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(SLIDE_POINTS.width, 0)
      expect(size.height).toBeCloseTo(SLIDE_POINTS.height, 0)
    }
    const info = pdfInfo(files.slides)
    expect(info).toMatch(/Author:\s+Tafelwerk/u)
    expect(info).toMatch(
      new RegExp(`Title:\\s+Voortgang aanpak ondermijning, ${report.scopeLabel.replace(/[()]/gu, '\\$&')}`, 'u'),
    )
    expect(info).toMatch(/Subject:\s+Dia’s/u)
    const text = pdfText(files.slides)
    for (const slide of report.slides) expect(text).toContain(slide.title)
    expect(text).toContain(report.disclaimer.slice(0, 40))
  })

  step('page 1 of the slides, as a picture', () => {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      files.slides ?? '',
      SLIDE_PAGE.replace(/\.png$/u, ''),
    ])
    const png = readFileSync(SLIDE_PAGE)
    // PNG width and height sit at bytes 16–23: the page is wider than tall, 960×540 at 72 dpi.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([960, 540])
  })

  step('the hand-out PDF: A4 portrait, every slide with its notes', async (app) => {
    const slideId = report.slides[0]?.id ?? ''
    const saved = await app.call('districtReport:saveNote', {
      scope,
      period: { ...MARKER_PERIOD },
      slideId,
      text: 'Begin met het aantal signalen van de gemeente.',
    })
    expect(saved.ok).toBe(true)
    files.handout = await saveByCall(app, request('handout-pdf'))
    const sizes = pdfPageSizes(files.handout)
    expect(sizes.length).toBeGreaterThan(0)
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(A4_POINTS.width, 0)
      expect(size.height).toBeCloseTo(A4_POINTS.height, 0)
    }
    const text = pdfText(files.handout)
    for (const slide of report.slides) expect(text).toContain(slide.title)
    expect(text).toContain('Begin met het aantal signalen van de gemeente.')
  })

  step(
    'no marker name or free text in the report, the slides, the hand-out, the CSV, the XLSX or the package',
    async (app) => {
      const answer = await app.call('districtReport:get', { scope, period: { ...MARKER_PERIOD } })
      const texts: Record<string, string> = {
        'report JSON': JSON.stringify(answer),
        slides: pdfText(files.slides ?? ''),
        'hand-out': pdfText(files.handout ?? ''),
        csv: readFileSync(files.csv ?? '', 'utf8'),
        xlsx: xlsxXml(files.xlsx ?? ''),
        package: readFileSync(files.package ?? '', 'utf8'),
      }
      for (const [name, text] of Object.entries(texts)) {
        expect(text.length, name).toBeGreaterThan(500)
        for (const word of MARKER_WORDS) expect(text.toLowerCase(), name).not.toContain(word.toLowerCase())
      }
    },
  )
})

describe('from the Voortgangsrapportage screen: the slides as PDF, and the package that a second installation opens', () => {
  let district: ReportOptions['scopes'][number]
  let report: Output<'districtReport:get'>
  let packageFile = ''
  const { step } = tafelwerk.scenario({
    // The demo vault as "Probeer met voorbeeldgegevens" opens it: histories up to today.
    prepare: (vault) =>
      vault.openDemo(async (db) => {
        await generateDemoData(db, { seed: 20_251_122, scale: 0.1, endDate: todayIso() })
      }),
    route: 'voortgangsrapportage',
  })

  const saveWithButton = async (app: TafelwerkApp, button: string) => {
    await app.page.getByRole('button', { name: button, exact: true }).click()
    const status = app.page.getByRole('status').filter({ hasText: 'Opgeslagen als' })
    await status.waitFor({ timeout: 90_000 })
    const name = /‘(.+)’/u.exec((await status.textContent()) ?? '')?.[1] ?? ''
    return join(app.exportTarget.folder, name)
  }

  step('a district for the default period, with its save buttons', async (app) => {
    const { page } = app
    await heading(page, 'Voortgangsrapportage')
    const options = (await app.call('districtReport:options', {})) as { ok: true; value: ReportOptions }
    const found = options.value.scopes.find((option) => option.scope.kind === 'district')
    if (!found) throw new Error('The demo vault has no district.')
    district = found
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: district.label })
    const answer = await app.call('districtReport:get', { scope: district.scope, period: options.value.defaultPeriod })
    if (!answer.ok) throw new Error(JSON.stringify(answer.error))
    report = answer.value as Output<'districtReport:get'>
    await page.getByText(`${report.scopeLabel}, ${report.period.label}`).first().waitFor()
    await page.getByRole('group', { name: 'Opslaan' }).getByRole('button', { name: 'Dia’s als PDF' }).waitFor()
    await checkScreen(app, 'Voortgangsrapportage: opslaan')
  })

  step('“Dia’s als PDF” saves one landscape 1280×720 page per slide', async (app) => {
    const slides = await saveWithButton(app, 'Dia’s als PDF')
    expect(slides).toMatch(/dia’s\.pdf$/u)
    const sizes = pdfPageSizes(slides)
    expect(sizes).toHaveLength(report.slides.length)
    for (const size of sizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([960, 540])
    const text = pdfText(slides)
    for (const slide of report.slides) expect(text).toContain(slide.title)
    // The keyboard reaches the buttons too: focus stays on the one pressed.
    await expect(app.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Dia’s als PDF')
  })

  step('“Rapportbestand” saves the package; a fresh installation without a vault opens it', async (app) => {
    packageFile = await saveWithButton(app, 'Rapportbestand')
    expect(packageFile).toMatch(/\.tafelrapport$/u)
    const second = await tafelwerk.start()
    expect(((await second.call('vault:status', {})) as { ok: true; value: { state: string } }).value.state).toBe('none')
    const opened = await second.call('districtReport:openPackage', {
      bytes: readFileSync(packageFile).toString('base64'),
      fileName: 'rapport.tafelrapport',
    })
    expect(opened).toMatchObject({ ok: true, value: { scopeLabel: report.scopeLabel, slides: report.slides } })
    await checkScreen(app, 'Voortgangsrapportage: opgeslagen')
  })
})
