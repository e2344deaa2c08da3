import { useId } from 'react'
import type { DistrictReport, Slide } from '../../../shared/contract/district-report.contract'
import { FigureChart } from './charts/figure-chart'
import { EmptyReportText } from './empty-report-text'
import './slide-view.css'

export interface SlideViewProps {
  report: DistrictReport
  slide: Slide
  /** 'screen': the chart is focusable and its table one key away; 'print': the chart alone, for the PDF. */
  mode: 'screen' | 'print'
}

/** The stage is fixed, so a slide looks the same on a laptop, a projector and a PDF page; presenters scale it. */
export const SLIDE_WIDTH = 1280
export const SLIDE_HEIGHT = 720
const CHART_WIDTH = SLIDE_WIDTH - 2 * 64
/** What is left for the chart under the header and the chart's title and summary, and above the footer. */
const chartHeight = (mode: SlideViewProps['mode']) => (mode === 'print' ? 380 : 330)

/**
 * One slide of the district report on a 1280×720 stage: the scope and period,
 * the slide's title and its one message, the chart of its first figure, and
 * the disclaimer that the figures are indicative in the footer.
 */
export function SlideView({ report, slide, mode }: SlideViewProps) {
  const titleId = useId()
  const figure = report.figures.find((candidate) => candidate.id === slide.figureIds[0])
  const context = `${report.scopeLabel} · ${report.period.label}`
  return (
    <article className={`slide slide--${mode}`} aria-labelledby={titleId} data-slide={slide.id}>
      <header className="slide__header">
        <p className="slide__kicker">{context}</p>
        <h2 id={titleId} className="slide__title">
          {slide.title}
        </h2>
        <p className="slide__message">{slide.message}</p>
      </header>
      <div className="slide__body">
        {report.empty ? (
          <p className="slide__empty">
            <EmptyReportText report={report} />
          </p>
        ) : figure ? (
          <FigureChart
            figure={figure}
            columns={report.columns}
            kind={slide.chart}
            mode={mode}
            width={CHART_WIDTH}
            height={chartHeight(mode)}
            fontSize={17}
            tablePlacement="instead"
            summary={figure.summary === slide.message ? 'hidden' : 'visible'}
          />
        ) : null}
      </div>
      <footer className="slide__footer">
        <p className="slide__disclaimer">{report.disclaimer}</p>
        <p className="slide__context">{context}</p>
      </footer>
    </article>
  )
}
