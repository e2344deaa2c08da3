import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { SlideView } from '../slide-view'
import { slidesToPrint } from './slides-to-print'

/** The slides' PDF: one 1280×720 page per slide, each the slide exactly as it is presented. */
export function SlidesPrintView({ report }: { report: DistrictReport }) {
  return (
    <main className="report-print report-print--dia">
      <h1 className="visually-hidden">
        Voortgangsrapportage {report.scopeLabel}, {report.period.label}
      </h1>
      {slidesToPrint(report).map((slide) => (
        <div key={slide.id} className="report-print__page">
          <SlideView report={report} slide={slide} mode="print" />
        </div>
      ))}
    </main>
  )
}
