import { useId, useState } from 'react'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { NotesPanel } from './notes-panel'
import { PresentationMode } from './presentation-mode'

interface PresentToolsProps {
  report: DistrictReport
  /** From the vault the notes can be written; a report from a package file is read only. */
  notesEditable: boolean
  onNoteSaved?: (slideId: string, text: string) => void
  /** The button's text where several reports are listed: "District D presenteren". */
  presentLabel?: string
}

/** "Presenteren" and the notes panel above a report; the presentation itself covers the window. */
export function PresentTools({
  report,
  notesEditable,
  onNoteSaved = () => undefined,
  presentLabel = 'Presenteren',
}: PresentToolsProps) {
  const [presenting, setPresenting] = useState<number | null>(null)
  const [notesOpen, setNotesOpen] = useState(false)
  const panelId = useId()
  const noSlides = report.slides.length === 0

  return (
    <div className="present-tools">
      <div className="present-tools__buttons">
        <button type="button" className="button button--primary" disabled={noSlides} onClick={() => setPresenting(0)}>
          {presentLabel}
        </button>
        {notesEditable ? (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={notesOpen}
            aria-controls={panelId}
            onClick={() => setNotesOpen((open) => !open)}
          >
            Sprekersnotities
          </button>
        ) : null}
        <p className="muted present-tools__hint">
          In de presentatie: ← en → bladeren, O geeft een overzicht, B een zwart scherm, Esc stopt.
        </p>
      </div>
      <div id={panelId} hidden={!notesOpen}>
        {notesOpen && notesEditable ? <NotesPanel report={report} onNoteSaved={onNoteSaved} /> : null}
      </div>
      {presenting !== null ? (
        <PresentationMode
          report={report}
          startIndex={presenting}
          notesEditable={notesEditable}
          onNoteSaved={onNoteSaved}
          onClose={() => setPresenting(null)}
        />
      ) : null}
    </div>
  )
}
