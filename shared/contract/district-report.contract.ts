import { z } from 'zod'
import { IsoDate, todayIso } from '../domain/iso-date'
import { Id } from '../domain/reference'
import { SUPPRESSION_FLOOR } from '../domain/report-period'
import { dataChannel, noCaseData, record } from './processing'

export const ReportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('regio') }),
  z.object({ kind: z.literal('district'), districtId: Id }),
  z.object({ kind: z.literal('tafel'), tableId: Id }),
])

/** Both dates inclusive. A period may not lie in the future, nor end before it starts. */
export const ReportPeriod = z.object({ from: IsoDate, to: IsoDate }).superRefine((period, ctx) => {
  if (period.to < period.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'De einddatum ligt vóór de begindatum.' })
  else if (period.from > todayIso())
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: 'Deze periode ligt in de toekomst. Kies een periode die al begonnen is.',
    })
})

export const ReportRequest = z.object({ scope: ReportScope, period: ReportPeriod })
export type ReportRequest = z.output<typeof ReportRequest>

/**
 * One figure after the small-number rule, as it may be shown anywhere.
 * `value` is null when the rule hides it; `display` is what every view,
 * note, PDF and export prints ("<5", "—", "€ 125.000", "42%", "84").
 */
export const Cell = z.object({ value: z.number().nullable(), display: z.string() })
export type Cell = z.output<typeof Cell>

export const FigureRow = z.object({
  key: z.string(),
  label: z.string(),
  /** Rows of one table may be grouped: "Betekenisvol" / "Lokaal". */
  group: z.string().nullable(),
  /** One cell per column of the report (the comparison half-years, then the period). */
  cells: z.array(Cell),
  /** The total row of a table whose other rows add up to it. */
  total: z.boolean(),
})
export type FigureRow = z.output<typeof FigureRow>

export const figureUnits = ['aantal', 'dagen', 'procent', 'euro', 'status'] as const

export const Figure = z.object({
  id: z.string(),
  title: z.string(),
  /** One sentence that says what the figure shows, written from the shown (suppressed) values only. */
  summary: z.string(),
  unit: z.enum(figureUnits),
  rows: z.array(FigureRow),
  /** Footnote, e.g. how a median is read or why a cell is empty. */
  note: z.string().nullable(),
})
export type Figure = z.output<typeof Figure>

export const chartKinds = ['bars', 'columns-over-time', 'none'] as const

export const Slide = z.object({
  id: z.string(),
  title: z.string(),
  /** The one message of the slide. */
  message: z.string(),
  /** The figures the slide shows, by id; the first is charted. */
  figureIds: z.array(z.string()),
  chart: z.enum(chartKinds),
})
export type Slide = z.output<typeof Slide>

export const ReportColumn = z.object({ from: z.string(), to: z.string(), label: z.string() })
export type ReportColumn = z.output<typeof ReportColumn>

export const Thresholds = z.object({
  minCount: z
    .number('Vul een aantal in.')
    .int('Vul een heel getal in.')
    .min(SUPPRESSION_FLOOR.minCount, `Kies minstens ${String(SUPPRESSION_FLOOR.minCount)}.`)
    .max(50, 'Kies hoogstens 50.'),
  minN: z
    .number('Vul een aantal in.')
    .int('Vul een heel getal in.')
    .min(SUPPRESSION_FLOOR.minN, `Kies minstens ${String(SUPPRESSION_FLOOR.minN)}.`)
    .max(100, 'Kies hoogstens 100.'),
  minContributors: z
    .number('Vul een aantal in.')
    .int('Vul een heel getal in.')
    .min(SUPPRESSION_FLOOR.minContributors, `Kies minstens ${String(SUPPRESSION_FLOOR.minContributors)}.`)
    .max(50, 'Kies hoogstens 50.'),
})
export type Thresholds = z.output<typeof Thresholds>

/**
 * The whole report as it leaves the vault: every figure already suppressed,
 * no case, subject, name or free text in it. The same object is shown,
 * printed, exported and packaged.
 */
export const DistrictReport = z.object({
  scope: ReportScope,
  /** "District D (Delft en Westland)", "Regio Haaglanden en Hollands Midden". */
  scopeLabel: z.string(),
  period: ReportColumn,
  /** The comparison half-years, oldest first, then the period itself (last). */
  columns: z.array(ReportColumn),
  thresholds: Thresholds,
  /** ISO timestamp of when the figures were computed. */
  generatedAt: z.string(),
  /** True when the scope had no case at all up to the period's end: the views show an honest empty state. */
  empty: z.boolean(),
  /** "Cijfers zijn indicatief …": on the slides and in every export. */
  disclaimer: z.string(),
  figures: z.array(Figure),
  slides: z.array(Slide),
  /** Speaker notes by slide id. */
  notes: z.record(z.string(), z.string()),
})
export type DistrictReport = z.output<typeof DistrictReport>

export const ReportScopeOption = z.object({ scope: ReportScope, label: z.string() })

export const ReportOptions = z.object({
  scopes: z.array(ReportScopeOption),
  /** The last full half-year. */
  defaultPeriod: z.object({ from: z.string(), to: z.string() }),
  /** The first registration date in the vault, or null for an empty vault. */
  earliest: z.string().nullable(),
  thresholds: Thresholds,
})
export type ReportOptions = z.output<typeof ReportOptions>

export const NOTE_MAX_LENGTH = 5000

export const SaveNoteRequest = z.object({
  scope: ReportScope,
  period: ReportPeriod,
  slideId: z.string().min(1).max(60),
  text: z.string().max(NOTE_MAX_LENGTH, `Gebruik hoogstens ${String(NOTE_MAX_LENGTH)} tekens voor een notitie.`),
})

export const reportExportFormats = ['slides-pdf', 'handout-pdf', 'csv', 'xlsx', 'package'] as const
export type ReportExportFormat = (typeof reportExportFormats)[number]

/**
 * The report as one record: its scope and period. It names no case or subject
 * (every figure is a suppressed count), so its spans have no data subjects.
 */
export const reportRecord = (request: ReportRequest) => {
  const scope = request.scope
  const where =
    scope.kind === 'regio' ? 'regio' : `${scope.kind}-${scope.kind === 'district' ? scope.districtId : scope.tableId}`
  return [record('rapportage', `${where}@${request.period.from}..${request.period.to}`)]
}

export const districtReportContract = {
  'districtReport:options': {
    input: z.object({}),
    output: ReportOptions,
    processing: noCaseData('The scopes to choose from, the default period and the thresholds; no case is read.'),
  },
  'districtReport:get': dataChannel({
    input: ReportRequest,
    output: DistrictReport,
    processing: { activity: 'voortgangsrapportage', inputRecords: reportRecord, records: reportRecord },
  }),
  'districtReport:saveNote': {
    input: SaveNoteRequest,
    output: z.object({ savedAt: z.string() }),
    processing: noCaseData('A speaker note on a slide of the anonymous report; no case data.'),
  },
  'districtReport:thresholds': {
    input: Thresholds,
    output: Thresholds,
    processing: noCaseData('The small-number thresholds: a setting of the report.'),
  },
} as const
