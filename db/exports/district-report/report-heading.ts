import type { DistrictReport, Thresholds } from '../../../shared/contract/district-report.contract'
import { periodLabel } from '../../../shared/domain/report-period'

/** "Voortgang aanpak ondermijning, District D (Delft en Westland), 2026 H1": the title of every export. */
export const reportHeading = (report: DistrictReport) =>
  `Voortgang aanpak ondermijning, ${report.scopeLabel}, ${periodLabel(report.period)}`

/** The small-number rule as it was applied, so a reader knows why a cell says "<5". */
export const thresholdsLine = (thresholds: Thresholds) =>
  `Aantallen onder ${String(thresholds.minCount)} als "<${String(thresholds.minCount)}"; ` +
  `medianen en percentages vanaf ${String(thresholds.minN)} casussen; ` +
  `bedragen vanaf ${String(thresholds.minContributors)} casussen`
