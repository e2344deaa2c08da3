import type { DistrictReport } from '../../../shared/contract/district-report.contract'

/** The honest empty state: no case in the scope up to the period's end, so no figure and no chart. */
export function EmptyReportText({ report }: { report: Pick<DistrictReport, 'scopeLabel' | 'period'> }) {
  return (
    <>
      Voor {report.scopeLabel} is tot het einde van {report.period.label} geen casus geregistreerd. Er zijn voor deze
      periode dus geen cijfers te tonen.
    </>
  )
}
