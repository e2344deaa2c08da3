import type { DistrictReport } from '../../../shared/contract/district-report.contract'
import { periodLabel } from '../../../shared/domain/report-period'
import { csvLines } from './csv-field'
import { reportHeading, thresholdsLine } from './report-heading'

/** Excel reads a UTF-8 file without it as Windows-1252, and "€" and "ë" come out garbled. */
const BOM = '\uFEFF'

const NO_ROWS = 'Geen gegevens in deze periode'

export const CSV_COLUMNS = ['Figuur', 'Groep', 'Rij', 'Kolom', 'Van', 'Tot', 'Waarde', 'Eenheid'] as const

/**
 * Every figure as one line per row and column ("long" form, which a pivot
 * table or a script reads without guessing), after a few header lines with
 * the scope, the period and the disclaimer. Only what the report displays:
 * a hidden count is "<5", never its number.
 */
export function reportCsv(report: DistrictReport): Uint8Array {
  const head: string[][] = [
    [reportHeading(report)],
    ['Bereik', report.scopeLabel],
    ['Periode', periodLabel(report.period), report.period.from, report.period.to],
    ['Let op', report.disclaimer],
    ['Kleine aantallen', thresholdsLine(report.thresholds)],
    ['Berekend op', report.generatedAt],
    [],
    [...CSV_COLUMNS],
  ]
  const body = report.figures.flatMap((figure) =>
    // A figure with nothing to count still has its line, so no figure silently goes missing.
    figure.rows.length === 0
      ? [[figure.title, '', NO_ROWS, '', report.period.from, report.period.to, '', figure.unit]]
      : figure.rows.flatMap((row) =>
          report.columns.map((column, index) => [
            figure.title,
            row.group ?? '',
            row.label,
            column.label,
            column.from,
            column.to,
            row.cells[index]?.display ?? '',
            figure.unit,
          ]),
        ),
  )
  return new Uint8Array(Buffer.from(BOM + csvLines([...head, ...body]), 'utf8'))
}
