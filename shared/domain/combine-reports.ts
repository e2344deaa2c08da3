import type { Cell, DistrictReport, Figure } from '../contract/district-report.contract'

/**
 * The regional view: several district reports (from their package files)
 * side by side, for the report period only. Each district's cell is shown as
 * its package shows it. A region total is only the sum of the shown values;
 * where any district's cell is hidden by the small-number rule the total
 * says "≥ N", a lower bound that reveals nothing the files do not already
 * show. Medians, percentages and statuses cannot be added up, so they stay
 * per district and get no total.
 */
export interface CombinedRow {
  key: string
  label: string
  group: string | null
  total: boolean
  /** One per district, in the order of `districts`; null where that district's report has no such row. */
  cells: (Cell | null)[]
  /** Null for a figure whose unit is not a count or an amount. */
  regionTotal: Cell | null
}

export interface CombinedFigure {
  id: string
  title: string
  unit: Figure['unit']
  note: string | null
  rows: CombinedRow[]
}

export interface CombinedReport {
  /** The districts' labels, in the order the files were chosen. */
  districts: string[]
  /** The shared period's label, e.g. "2026 H1". */
  periodLabel: string
  disclaimer: string
  figures: CombinedFigure[]
}

export type CombineResult = { ok: true; combined: CombinedReport } | { ok: false; message: string }

const summable = new Set<Figure['unit']>(['aantal', 'euro'])

const countFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })

/** Intl puts a no-break space after the euro sign, which keeps "€ 125.000" on one line in a table cell. */
function formatted(value: number, unit: Figure['unit']): string {
  return unit === 'euro' ? euroFormat.format(value) : countFormat.format(value)
}

/** The region's total of one row, from the shown values only. */
export function regionTotal(cells: readonly (Cell | null)[], unit: Figure['unit']): Cell | null {
  if (!summable.has(unit)) return null
  const shown = cells.filter((cell): cell is Cell & { value: number } => cell !== null && cell.value !== null)
  const sum = shown.reduce((total, cell) => total + cell.value, 0)
  const complete = shown.length === cells.length
  // A lower bound is not a value: it must not be added up or charted as one.
  return complete
    ? { value: sum, display: formatted(sum, unit) }
    : { value: null, display: `≥ ${formatted(sum, unit)}` }
}

/** Why these files cannot be one regional view, or null when they can. */
function refusal(reports: readonly DistrictReport[]): string | null {
  if (reports.length < 2) return 'Kies minstens twee rapportbestanden van districten om samen te tonen.'
  const [first] = reports
  if (!first) return null
  if (reports.some((report) => report.scope.kind !== 'district'))
    return 'Alleen rapporten van één district kunnen worden samengevoegd. Een rapport van een tafel of van de hele regio telt dezelfde casussen nog eens.'
  const ids = reports.map((report) => (report.scope.kind === 'district' ? report.scope.districtId : ''))
  if (new Set(ids).size !== ids.length)
    return 'Twee bestanden gaan over hetzelfde district. Kies elk district één keer.'
  if (reports.some((report) => report.period.from !== first.period.from || report.period.to !== first.period.to))
    return 'De bestanden gaan niet over dezelfde periode. Kies rapporten van dezelfde periode.'
  return null
}

/** The period's cell of a row: the last column is the period itself. */
const periodCell = (cells: readonly Cell[]): Cell | null => cells.at(-1) ?? null

export function combineReports(reports: readonly DistrictReport[]): CombineResult {
  const refused = refusal(reports)
  if (refused) return { ok: false, message: refused }
  const [first] = reports as [DistrictReport, ...DistrictReport[]]

  // Figures and rows in the order the first file lists them, then any only a later file has.
  const figureOrder: Figure[] = []
  for (const report of reports)
    for (const figure of report.figures)
      if (!figureOrder.some((known) => known.id === figure.id)) figureOrder.push(figure)

  const figures = figureOrder.map((model): CombinedFigure => {
    const perDistrict = reports.map((report) => report.figures.find((figure) => figure.id === model.id) ?? null)
    const rowOrder: Figure['rows'] = []
    for (const figure of perDistrict)
      for (const row of figure?.rows ?? []) if (!rowOrder.some((known) => known.key === row.key)) rowOrder.push(row)
    const rows = rowOrder.map((row): CombinedRow => {
      const cells = perDistrict.map((figure) => {
        const own = figure?.rows.find((candidate) => candidate.key === row.key)
        return own ? periodCell(own.cells) : null
      })
      return {
        key: row.key,
        label: row.label,
        group: row.group,
        total: row.total,
        cells,
        regionTotal: regionTotal(cells, model.unit),
      }
    })
    return { id: model.id, title: model.title, unit: model.unit, note: model.note, rows }
  })

  return {
    ok: true,
    combined: {
      districts: reports.map((report) => report.scopeLabel),
      periodLabel: first.period.label,
      disclaimer: first.disclaimer,
      figures,
    },
  }
}
