import type { DistrictReport, Figure, Slide } from '../../../shared/contract/district-report.contract'
import { shortDate } from '../lib/dates'
import { FigureChart } from './charts/figure-chart'
import { EmptyReportText } from './empty-report-text'
import { useContentWidth } from './use-content-width'

const PAGE_FONT_SIZE = 15

/** The figures of a slide: the first as the slide charts it, the others as tables with their own title and summary. */
function SlideSection({ report, slide, width }: { report: DistrictReport; slide: Slide; width: number }) {
  const figures = slide.figureIds
    .map((id) => report.figures.find((figure) => figure.id === id))
    .filter((figure): figure is Figure => figure !== undefined)
  return (
    <section className="report-slide" aria-labelledby={`dia-${slide.id}`}>
      <h2 id={`dia-${slide.id}`} className="report-slide__title">
        {slide.title}
      </h2>
      <p className="report-slide__message">{slide.message}</p>
      {figures.map((figure, index) => (
        <FigureChart
          key={figure.id}
          figure={figure}
          columns={report.columns}
          kind={index === 0 ? slide.chart : 'none'}
          summary={figure.summary === slide.message ? 'hidden' : 'visible'}
          mode="screen"
          width={width}
          fontSize={PAGE_FONT_SIZE}
        />
      ))}
    </section>
  )
}

/** The figures no slide shows, so that the screen shows the whole report. */
function unshownFigures(report: DistrictReport): Figure[] {
  const shown = new Set(report.slides.flatMap((slide) => slide.figureIds))
  return report.figures.filter((figure) => !shown.has(figure.id))
}

/** The report for one scope and period, slide by slide, under the disclaimer; an honest empty state without cases. */
export function ReportView({ report }: { report: DistrictReport }) {
  const rest = unshownFigures(report)
  const comparisons = report.columns.slice(0, -1).map((column) => column.label)
  // The slides' sections have the same inner width; the head measures it before any chart is drawn.
  const { ref, width } = useContentWidth<HTMLDivElement>(880)
  return (
    <div className="report-view">
      <div ref={ref} className="report-view__measure" aria-hidden="true" />
      <div className="notice report-view__head">
        <p className="notice__title">
          {report.scopeLabel}, {report.period.label}
        </p>
        <p>{report.disclaimer}</p>
        <p className="muted">
          {comparisons.length > 0
            ? `Vergeleken met ${comparisons.join(', ')}. `
            : 'Er zijn geen eerdere halve jaren om mee te vergelijken. '}
          Berekend op {shortDate(report.generatedAt.slice(0, 10))}.
        </p>
      </div>
      {report.empty ? (
        <div className="report-view__empty">
          <h2>Geen gegevens</h2>
          <p>
            <EmptyReportText report={report} />
          </p>
        </div>
      ) : (
        <>
          {report.slides.map((slide) => (
            <SlideSection key={slide.id} report={report} slide={slide} width={width} />
          ))}
          {rest.length > 0 ? (
            <section className="report-slide" aria-labelledby="dia-overig">
              <h2 id="dia-overig" className="report-slide__title">
                Overige cijfers
              </h2>
              {rest.map((figure) => (
                <FigureChart
                  key={figure.id}
                  figure={figure}
                  columns={report.columns}
                  kind="none"
                  mode="screen"
                  width={width}
                  fontSize={PAGE_FONT_SIZE}
                />
              ))}
            </section>
          ) : null}
        </>
      )}
    </div>
  )
}
