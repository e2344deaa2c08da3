import writeXlsxFile, { type Row } from 'write-excel-file/node'
import type { DistrictReport, Figure } from '../../../shared/contract/district-report.contract'
import { periodLabel } from '../../../shared/domain/report-period'
import { displayedCell } from './displayed-number'
import { reportHeading, thresholdsLine } from './report-heading'

const bold = (value: string) => ({ value, type: String, fontWeight: 'bold' as const })

function figureRows(report: DistrictReport, figure: Figure): Row[] {
  const grouped = figure.rows.some((row) => row.group !== null)
  const labels = grouped ? ['Groep', ''] : ['']
  return [
    [{ ...bold(figure.title), fontSize: 13 }],
    [figure.summary],
    [...labels.map(bold), ...report.columns.map((column) => bold(column.label))],
    ...figure.rows.map((row): Row => {
      const label = row.total ? bold(row.label) : row.label
      return [
        ...(grouped ? [row.group ?? ''] : []),
        label,
        ...report.columns.map((_, index) => displayedCell(row.cells[index]?.display ?? '')),
      ]
    }),
    ...(figure.note ? [[{ value: figure.note, type: String, fontStyle: 'italic' as const }]] : []),
    [],
  ]
}

/**
 * One sheet with every figure under a header with the scope, the period,
 * the disclaimer and the small-number rule. Each figure is a small table:
 * its rows, one column per half-year, the displayed values only.
 */
export async function reportXlsx(report: DistrictReport): Promise<Uint8Array> {
  const data: Row[] = [
    [{ ...bold(reportHeading(report)), fontSize: 15 }],
    ['Bereik', report.scopeLabel],
    ['Periode', `${periodLabel(report.period)} (${report.period.from} t/m ${report.period.to})`],
    [bold('Let op'), report.disclaimer],
    ['Kleine aantallen', thresholdsLine(report.thresholds)],
    ['Berekend op', report.generatedAt],
    [],
    ...report.figures.flatMap((figure) => figureRows(report, figure)),
  ]
  const buffer = await writeXlsxFile(data, {
    sheet: 'Cijfers',
    columns: [{ width: 34 }, { width: 30 }, ...report.columns.map(() => ({ width: 14 }))],
  }).toBuffer()
  return new Uint8Array(buffer)
}
