import type { DistrictReport, Slide } from '../../../../shared/contract/district-report.contract'

/** Temporary, until helper "report"'s SlideView is merged: deleted then. */
export function SlideView({ report, slide }: { report: DistrictReport; slide: Slide; mode: 'stage' | 'thumbnail' }) {
  return (
    <div style={{ padding: 48, fontSize: 32 }}>
      <h2>{slide.title}</h2>
      <p>{slide.message}</p>
      <p>{report.scopeLabel}</p>
    </div>
  )
}
