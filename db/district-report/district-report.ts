import type { DistrictReport, ReportOptions, ReportRequest } from '../../shared/contract/district-report.contract'
import { OmtError } from '../../shared/contract/errors'
import {
  comparisonPeriods,
  halfYear,
  lastFullHalfYear,
  periodLabel,
  type ReportScope,
  scopeKey,
} from '../../shared/domain/report-period'
import { todayIso } from '../../shared/domain/iso-date'
import { caseTimelines } from './case-timeline'
import {
  caseFlow,
  casesByTheme,
  closedByReason,
  ongoingByPhase,
  signalConversion,
  signalsByPartner,
} from './figures/case-figures'
import { openActions, overdueActions } from './figures/action-figures'
import { enforcementProgress } from './figures/enforcement-figures'
import type { FigureContext } from './figures/figure-context'
import { amounts, interventionsByMeasure, interventionsByPartner } from './figures/intervention-figures'
import { leadTimes } from './figures/lead-time-figures'
import { readReportFacts, readReportLabels, readScopeChoices, scopeName } from './report-facts.queries'
import { readNotes } from './report-notes.queries'
import { disclaimer, reportSlides } from './report-slides'
import type { ReportDb } from './report-tables'
import { readThresholds } from './report-thresholds.queries'

const FIGURES = [
  signalsByPartner,
  signalConversion,
  caseFlow,
  ongoingByPhase,
  closedByReason,
  casesByTheme,
  leadTimes,
  interventionsByMeasure,
  interventionsByPartner,
  amounts,
  openActions,
  overdueActions,
  enforcementProgress,
]

/**
 * The district report of one scope and period: every figure beside up to four
 * earlier half-years, already through the small-number rule, with its slides
 * and the speaker notes. Reads only the columns of report-tables.ts.
 */
export async function districtReportFor(
  db: ReportDb,
  request: ReportRequest,
  now: Date = new Date(),
): Promise<DistrictReport> {
  const label = await scopeName(db, request.scope)
  if (label === null) throw new OmtError('NOT_FOUND', 'Dit district of deze tafel bestaat niet (meer).')
  const [choices, labels, thresholds, facts, notes] = await Promise.all([
    readScopeChoices(db),
    readReportLabels(db),
    readThresholds(db),
    readReportFacts(db, request.scope, request.period.to),
    readNotes(db, scopeKey(request.scope), request.period),
  ])
  const period = { ...request.period, label: periodLabel(request.period) }
  const columns = [
    ...comparisonPeriods(request.period, choices.earliest)
      .slice(0, -1)
      .map((column) => ({ ...column, label: periodLabel(column) })),
    period,
  ]
  const context: FigureContext = { columns, period, timelines: caseTimelines(facts), facts, labels, thresholds }
  const figures = FIGURES.map((figure) => figure(context))
  const caveat = disclaimer(thresholds)
  return {
    scope: request.scope,
    scopeLabel: label,
    period,
    columns,
    thresholds,
    generatedAt: now.toISOString(),
    empty: facts.cases.length === 0,
    disclaimer: caveat,
    figures,
    slides: reportSlides(figures, request.scope.kind === 'regio' ? 'de hele regio' : label, period.label, caveat),
    notes,
  }
}

/** What the report screen offers: the region, each district and each table, and the default period. */
export async function districtReportOptions(db: ReportDb, now: Date = new Date()): Promise<ReportOptions> {
  const [choices, thresholds] = await Promise.all([readScopeChoices(db), readThresholds(db)])
  const last = lastFullHalfYear(todayIso(now))
  const scopes: ReportOptions['scopes'] = [
    { scope: { kind: 'regio' }, label: 'Hele regio' },
    ...choices.districts.map((district) => ({
      scope: { kind: 'district', districtId: district.id } satisfies ReportScope,
      label: `District ${district.code} (${district.name})`,
    })),
    ...choices.tables.map((table) => ({
      scope: { kind: 'tafel', tableId: table.id } satisfies ReportScope,
      label: table.name,
    })),
  ]
  return { scopes, defaultPeriod: halfYear(last.year, last.half), earliest: choices.earliest, thresholds }
}
