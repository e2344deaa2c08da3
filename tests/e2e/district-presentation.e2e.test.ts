import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect } from 'vitest'
import { writeReportPackage } from '../../db/exports/district-report/report-package'
import type { DistrictReport } from '../../shared/contract/district-report.contract'
import { sampleDistrictReport } from '../support/sample-district-report'
import { expectNoAxeViolations } from './harness/axe'
import { checkScreen } from './harness/check-screen'
import { expectFocused } from './harness/keyboard'
import { heading } from './harness/ui'
import { useTafelwerk } from './harness/use-tafelwerk'

const tafelwerk = useTafelwerk()
const docs = (name: string) => resolve(import.meta.dirname, `../../docs/${name}`)

/** What the presentation says the audience sees: "3 / 12", and the announced "Dia 3 van 12: …". */
const counter = (page: Page) => page.getByTestId('slide-counter').locator('[aria-hidden="true"]')
async function expectSlide(page: Page, position: number, count: number): Promise<void> {
  await expect.poll(() => counter(page).textContent()).toBe(`${String(position)} / ${String(count)}`)
  await expect
    .poll(() => page.getByTestId('slide-announcement').textContent())
    .toMatch(new RegExp(`^Dia ${String(position)} van ${String(count)}: `, 'u'))
}

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
    bytes[Math.floor(bytes.length / 2)] ^= 0x01
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
      await app.page.screenshot({ path: docs('screenshot-regio-overzicht.png'), fullPage: true })
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
