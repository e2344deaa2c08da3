import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportForExport } from '../../../../../db/exports/district-report/report-for-export'
import { reportFileName } from '../../../../../db/exports/district-report/report-file-name'
import { readReportPackage } from '../../../../../db/exports/district-report/report-package'
import { saveReportExport } from '../../../../../db/exports/district-report/save-report-export'
import type { RoutePrinter } from '../../../../../db/exports/print-pdf'
import type { DistrictReport } from '../../../../../shared/contract/district-report.contract'
import type { ReportSaveRequest } from '../../../../../shared/contract/district-report-export.contract'
import { call } from '../../../../support/case-fixtures'
import { MARKER_PERIOD, MARKER_WORDS, seedMarkers } from '../../../../support/marker-seed'
import { parseCsv } from '../../../../support/parse-csv'
import { xlsxXml } from '../../../../support/report-file-text'
import { useVault } from '../../../../support/shared-vault'

const shared = useVault()
/** The tables and the package need no Chromium; a PDF asked for here would be a mistake in the test. */
const noPrinter: RoutePrinter = { print: () => Promise.reject(new Error('no printer in this test')) }
let request: (format: ReportSaveRequest['format']) => ReportSaveRequest
let report: DistrictReport
let folder: string

beforeAll(async () => {
  const { districtId } = await seedMarkers(shared.made.dispatch, shared.made.vault)
  request = (format) => ({ scope: { kind: 'district', districtId }, period: { ...MARKER_PERIOD }, format })
  report = await reportForExport(shared.made.vault.db, request('csv'))
  folder = join(shared.made.folder, 'exports')
  mkdirSync(folder)
}, 120_000)

async function save(format: ReportSaveRequest['format'], into = folder): Promise<string> {
  const target = join(into, reportFileName(report, format))
  await expect(saveReportExport(report, request(format), target, noPrinter)).resolves.toEqual({
    saved: true,
    fileName: reportFileName(report, format),
  })
  return target
}

const displays = () =>
  new Set(report.figures.flatMap((figure) => figure.rows.flatMap((row) => row.cells.map((cell) => cell.display))))

describe('the district report as files', () => {
  it('stands on a vault that does hold the marker names, so their absence below means something', async () => {
    const db = shared.made.vault.db
    const aliases = await db.selectFrom('omt_case').select('alias').execute()
    const subjects = await db.selectFrom('subject').select(['name', 'description']).execute()
    const held = JSON.stringify([aliases, subjects])
    expect(held.match(/Zwartwoud-MARKER/gu)?.length).toBe(7 + 7 * 3)
  })

  it('has figures with something shown, so the files below are not empty shells', () => {
    expect(report.empty).toBe(false)
    expect(report.figures.length).toBeGreaterThan(5)
    expect([...displays()].some((display) => /^[1-9]/u.test(display))).toBe(true)
  })

  it('writes the CSV: BOM, ";", a line per figure row and column, each value one the report displays', async () => {
    const bytes = readFileSync(await save('csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(bytes.toString('utf8').slice(1))
    expect(rows).toContainEqual(['Let op', report.disclaimer])
    const header = rows.findIndex((row) => row[0] === 'Figuur')
    const body = rows.slice(header + 1)
    const expected = report.figures.reduce(
      (sum, figure) => sum + Math.max(1, figure.rows.length * report.columns.length),
      0,
    )
    expect(body).toHaveLength(expected)
    for (const row of body) {
      if (row[2] === 'Geen gegevens in deze periode') expect(row[6]).toBe('')
      else expect(displays()).toContain(row[6] ?? '')
    }
    for (const figure of report.figures) expect(body.some((row) => row[0] === figure.title)).toBe(true)
  })

  it('writes the XLSX: one sheet with every figure, and a hidden count is text, never a number', async () => {
    const [sheet] = await readXlsxFile(readFileSync(await save('xlsx')))
    const rows = sheet?.data ?? []
    expect(rows.some((row) => row[0] === 'Let op' && row[1] === report.disclaimer)).toBe(true)
    for (const figure of report.figures) expect(rows.some((row) => row[0] === figure.title)).toBe(true)
    const cells = rows.flat()
    expect(cells.filter((cell) => typeof cell === 'string' && cell.startsWith('<')).length).toBeGreaterThan(0)
    // No number in the sheet that the report does not display as that number.
    const shownNumbers = new Set(
      [...displays()].map((display) => Number(display.replace(/[€\s.%]/gu, '').replace(',', '.'))),
    )
    for (const cell of cells)
      if (typeof cell === 'number') expect(shownNumbers.has(cell) || shownNumbers.has(cell * 100)).toBe(true)
  })

  it('writes the package, which reads back as the very same report, notes included', async () => {
    await call(shared.made.dispatch, 'districtReport:saveNote', {
      scope: request('package').scope,
      period: request('package').period,
      slideId: report.slides[0]?.id ?? '',
      text: 'Noem de tweede helft van het jaar.',
    })
    report = await reportForExport(shared.made.vault.db, request('package'))
    const bytes = readFileSync(await save('package'))
    expect(bytes.subarray(0, 20).toString()).toBe('TAFELWERK-RAPPORT 1\n')
    expect(readReportPackage(bytes)).toEqual(report)
    expect(readReportPackage(bytes).notes[report.slides[0]?.id ?? '']).toBe('Noem de tweede helft van het jaar.')
  })

  it('carries no marker name or free text in the report, the CSV, the XLSX or the package', async () => {
    const texts = {
      json: JSON.stringify(report),
      csv: readFileSync(await save('csv'), 'utf8'),
      xlsx: xlsxXml(await save('xlsx')),
      package: readFileSync(await save('package'), 'utf8'),
    }
    for (const [name, text] of Object.entries(texts)) {
      for (const word of MARKER_WORDS) expect(text.toLowerCase(), name).not.toContain(word.toLowerCase())
    }
  })

  it('refuses a folder it cannot write in, in Dutch, and leaves no file', async () => {
    const locked = join(shared.made.folder, 'alleen-lezen')
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    // root may write anyway: then aim at a path under a file, which nobody can write.
    const into = process.getuid?.() === 0 ? join(shared.made.folder, 'een-bestand') : locked
    if (process.getuid?.() === 0) writeFileSync(into, 'geen map')
    await expect(
      saveReportExport(report, request('csv'), join(into, reportFileName(report, 'csv')), noPrinter),
    ).rejects.toMatchObject({
      code: 'EXPORT_NOT_WRITABLE',
      message: 'Tafelwerk kan niet in deze map schrijven. Kies een andere map.',
    })
    expect(readdirSync(locked)).toEqual([])
  })

  // A full disk needs a small tmpfs, which only root may mount (CI runs as root).
  it.runIf(process.getuid?.() === 0)(
    'leaves no partial file when the disk fills up, and says so in Dutch',
    async () => {
      const tiny = join(shared.made.folder, 'vol')
      mkdirSync(tiny)
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', tiny])
      try {
        const target = join(tiny, reportFileName(report, 'xlsx'))
        await expect(saveReportExport(report, request('xlsx'), target, noPrinter)).rejects.toMatchObject({
          code: 'EXPORT_DISK_FULL',
          message:
            'De schijf is vol. Er is geen half bestand achtergebleven; maak ruimte vrij of kies een andere plek.',
        })
        expect(readdirSync(tiny)).toEqual([])
      } finally {
        execFileSync('umount', [tiny])
      }
    },
  )

  it('refuses a scope with no case before its period ends, before anything is written', async () => {
    const early = { ...request('csv'), period: { from: '2020-01-01', to: '2020-06-30' } }
    await expect(reportForExport(shared.made.vault.db, early)).rejects.toMatchObject({ code: 'REPORT_EMPTY' })
  })
})
