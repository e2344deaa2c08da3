import { useId } from 'react'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { NoteEditor } from './note-editor'

interface NotesPanelProps {
  report: DistrictReport
  onNoteSaved: (slideId: string, text: string) => void
}

/** The speaker notes of every slide, to write them before the meeting; each is saved on its own as it is typed. */
export function NotesPanel({ report, onNoteSaved }: NotesPanelProps) {
  const headingId = useId()
  return (
    <section className="notes-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="notes-panel__title">
        Sprekersnotities
      </h2>
      <p className="muted">
        Alleen u ziet ze, in de presentatorweergave en op de hand-out. Ze worden bewaard bij dit rapport.
      </p>
      <ol className="notes-panel__list">
        {report.slides.map((slide, index) => (
          <li key={slide.id}>
            <NoteEditor
              report={report}
              slideId={slide.id}
              label={`Dia ${String(index + 1)}: ${slide.title}`}
              initial={report.notes[slide.id] ?? ''}
              rows={3}
              onSaved={(text) => onNoteSaved(slide.id, text)}
            />
          </li>
        ))}
      </ol>
    </section>
  )
}
