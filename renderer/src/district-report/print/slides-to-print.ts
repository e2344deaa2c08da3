import type { DistrictReport, Slide } from '../../../../shared/contract/district-report.contract'

/** Stands in for the slides of a report without any: the PDF then has one page that says so, not none. */
const NOTHING_TO_SHOW: Slide = {
  id: 'geen-gegevens',
  title: 'Geen gegevens',
  message: '',
  figureIds: [],
  chart: 'none',
}

/** The slides a print shows: the report's own, or one page with the empty state. */
export function slidesToPrint(report: Pick<DistrictReport, 'slides'>): Slide[] {
  return report.slides.length > 0 ? report.slides : [NOTHING_TO_SHOW]
}
