import { useEffect, useRef, useState } from 'react'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { NOTE_MAX_LENGTH } from '../../../../shared/contract/district-report.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { TextareaField } from '../../components/textarea-field'

interface NoteEditorProps {
  report: DistrictReport
  slideId: string
  /** "Sprekersnotitie bij dia 3: Signalen per partner". */
  label: string
  initial: string
  rows?: number
  onSaved: (text: string) => void
}

/** The pause after the last keystroke before the note is saved. */
const PAUSE_MS = 600

const clock = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })

/**
 * The speaker note of one slide, saved while typing (after a short pause),
 * on leaving the field, when the editor goes away (another slide, the view
 * closes) and when the window closes. Key it by slide: each slide's note is
 * its own editor, so a switch saves the note it leaves.
 */
export function NoteEditor({ report, slideId, label, initial, rows = 8, onSaved }: NoteEditorProps) {
  const saveNote = useVaultMutation('districtReport:saveNote')
  const [text, setText] = useState(initial)
  const [status, setStatus] = useState<{ text: string; failed: boolean }>({ text: '', failed: false })
  const saved = useRef<string | null>(initial)
  const latest = useRef(initial)
  const timer = useRef<number | undefined>(undefined)
  const context = useRef({ report, slideId, onSaved, run: saveNote.run })
  useEffect(() => {
    context.current = { report, slideId, onSaved, run: saveNote.run }
  })

  const flush = useRef(() => {
    window.clearTimeout(timer.current)
    const value = latest.current
    if (value === saved.current) return
    saved.current = value
    const { report: current, slideId: id, run } = context.current
    setStatus({ text: 'Bezig met opslaan…', failed: false })
    run({
      scope: current.scope,
      period: { from: current.period.from, to: current.period.to },
      slideId: id,
      text: value,
    })
      .then(() => {
        setStatus({ text: `Opgeslagen om ${clock.format(new Date())}`, failed: false })
        context.current.onSaved(value)
      })
      .catch((failure: unknown) => {
        // Not saved: the next keystroke or leaving the field tries again.
        saved.current = null
        setStatus({ text: `Niet opgeslagen: ${messageOf(failure)}`, failed: true })
      })
  })

  useEffect(() => {
    const save = flush.current
    window.addEventListener('pagehide', save)
    return () => {
      window.removeEventListener('pagehide', save)
      save()
    }
  }, [])

  return (
    <div className="note-editor">
      <TextareaField
        label={label}
        rows={rows}
        maxLength={NOTE_MAX_LENGTH}
        value={text}
        error={status.failed ? status.text : undefined}
        onChange={(event) => {
          setText(event.target.value)
          latest.current = event.target.value
          window.clearTimeout(timer.current)
          timer.current = window.setTimeout(() => flush.current(), PAUSE_MS)
        }}
        onBlur={() => flush.current()}
      />
      <p role="status" className="save-status note-editor__status">
        {status.failed ? '' : status.text}
      </p>
    </div>
  )
}
