import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { SlideView } from '../slide-view'
import { slidesToPrint } from './slides-to-print'

/** The speaker's notes as written: paragraphs at blank lines, line breaks kept. */
function Notes({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  if (paragraphs.length === 0) return <p className="hand-out__no-notes">Geen notities bij deze dia.</p>
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="hand-out__note">
          {paragraph}
        </p>
      ))}
    </>
  )
}

/** The portrait A4 handout: each slide at half size with the speaker's notes beneath it. */
export function HandOutPrintView({ report }: { report: DistrictReport }) {
  return (
    <main className="report-print report-print--hand-out">
      <header className="hand-out__head">
        <h1 className="hand-out__title">Voortgangsrapportage {report.scopeLabel}</h1>
        <p className="hand-out__period">{report.period.label}</p>
        <p className="hand-out__disclaimer">{report.disclaimer}</p>
      </header>
      {slidesToPrint(report).map((slide, index) => (
        <section key={slide.id} className="hand-out__entry" aria-label={`Dia ${String(index + 1)}: ${slide.title}`}>
          <div className="hand-out__stage">
            <SlideView report={report} slide={slide} mode="print" />
          </div>
          <div className="hand-out__notes">
            <p className="hand-out__notes-label">Dia {index + 1} · notities</p>
            <Notes text={report.notes[slide.id] ?? ''} />
          </div>
        </section>
      ))}
    </main>
  )
}
