import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { reportCsv } from '../../../../../db/exports/district-report/report-csv'
import { reportXlsx } from '../../../../../db/exports/district-report/report-xlsx'
import { reportFileName } from '../../../../../db/exports/district-report/report-file-name'
import { parseCsv } from '../../../../support/parse-csv'
import { sampleDistrictReport } from '../../../../support/sample-district-report'

const report = sampleDistrictReport()

describe('the CSV of a district report', () => {
  const bytes = Buffer.from(reportCsv(report))
  const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/u, ''))

  it('is UTF-8 with a byte order mark, for Excel', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('says what, where, when, and that the figures are indicative, before the table', () => {
    expect(rows[0]).toEqual(['Voortgang aanpak ondermijning, District D (Delft en Westland), 2026 H1'])
    expect(rows).toContainEqual(['Periode', '2026 H1', '2026-01-01', '2026-06-30'])
    expect(rows).toContainEqual(['Let op', report.disclaimer])
  })

  it('has one line per figure row and column, with the displayed value only', () => {
    const header = rows.findIndex((row) => row[0] === 'Figuur')
    expect(rows[header]).toEqual(['Figuur', 'Groep', 'Rij', 'Kolom', 'Van', 'Tot', 'Waarde', 'Eenheid'])
    const body = rows.slice(header + 1)
    expect(body).toHaveLength(5 * 2)
    expect(body).toContainEqual([
      'Signalen per partner',
      '',
      'Gemeente; "Delft"',
      '2025 H2',
      '2025-07-01',
      '2025-12-31',
      '<5',
      'aantal',
    ])
    expect(body).toContainEqual([
      'Casussen per verschijningsvorm',
      'Lokaal',
      'Afgepakt',
      '2025 H2',
      '2025-07-01',
      '2025-12-31',
      '€ 125.000',
      'procent',
    ])
    // Every value is one the report displays.
    const displays = new Set(
      report.figures.flatMap((figure) => figure.rows.flatMap((row) => row.cells.map((cell) => cell.display))),
    )
    for (const row of body) expect(displays.has(row[6] ?? '')).toBe(true)
  })
})

describe('the XLSX of a district report', () => {
  it('holds a header, the disclaimer and every figure, a hidden count as text and never as a number', async () => {
    const [sheet] = await readXlsxFile(Buffer.from(await reportXlsx(report)))
    expect(sheet?.sheet).toBe('Cijfers')
    const rows = sheet?.data ?? []
    expect(rows[0]?.[0]).toBe('Voortgang aanpak ondermijning, District D (Delft en Westland), 2026 H1')
    expect(rows.some((row) => row[0] === 'Let op' && row[1] === report.disclaimer)).toBe(true)
    const politie = rows.find((row) => row[0] === 'Politie')
    expect(politie?.slice(1, 3)).toEqual([12, 1250])
    const gemeente = rows.find((row) => row[0] === 'Gemeente; "Delft"')
    expect(gemeente?.slice(1, 3)).toEqual(['<5', 0])
    const total = rows.find((row) => row[0] === 'Totaal')
    expect(total?.slice(1, 3)).toEqual(['<5', '—'])
    // A grouped figure has the group in front; percentages, decimals and amounts are numbers as displayed.
    expect(rows.find((row) => row[1] === 'Drugs')?.slice(0, 4)).toEqual(['Betekenisvol', 'Drugs', 0.42, 12.5])
    expect(rows.find((row) => row[1] === 'Afgepakt')?.slice(0, 4)).toEqual(['Lokaal', 'Afgepakt', 125000, '—'])
    expect(rows.some((row) => row[0] === 'Percentages pas vanaf 10 casussen.')).toBe(true)
  })
})

describe('reportFileName', () => {
  it('names each format after the scope and the period', () => {
    expect(reportFileName(report, 'slides-pdf')).toBe('Voortgang District D (Delft en Westland) 2026 H1 - dia’s.pdf')
    expect(reportFileName(report, 'handout-pdf')).toBe(
      'Voortgang District D (Delft en Westland) 2026 H1 - hand-out.pdf',
    )
    expect(reportFileName(report, 'csv')).toBe('Voortgang District D (Delft en Westland) 2026 H1.csv')
    expect(reportFileName(report, 'xlsx')).toBe('Voortgang District D (Delft en Westland) 2026 H1.xlsx')
    expect(reportFileName(report, 'package')).toBe('Voortgang District D (Delft en Westland) 2026 H1.tafelrapport')
    expect(reportFileName({ ...report, scopeLabel: 'Tafel A/B: "Noord"' }, 'csv')).toBe(
      'Voortgang Tafel A-B- -Noord- 2026 H1.csv',
    )
  })
})
