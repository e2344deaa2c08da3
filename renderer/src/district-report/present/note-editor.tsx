import { useState } from 'react'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { NOTE_MAX_LENGTH } from '../../../../shared/contract/district-report.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { TextareaField } from '../../components/textarea-field'
import { useAutosavedText } from '../../lib/use-autosaved-text'

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
  const [status, setStatus] = useState<{ text: string; failed: boolean }>({ text: '', failed: false })
  const { text, change, flush } = useAutosavedText(
    initial,
    (value) => {
      setStatus({ text: 'Bezig met opslaan…', failed: false })
      return saveNote
        .run({ scope: report.scope, period: { from: report.period.from, to: report.period.to }, slideId, text: value })
        .then(
          () => {
            setStatus({ text: `Opgeslagen om ${clock.format(new Date())}`, failed: false })
            onSaved(value)
          },
          (failure: unknown) => {
            // Not saved: the next keystroke or leaving the field tries again.
            setStatus({ text: `Niet opgeslagen: ${messageOf(failure)}`, failed: true })
            throw failure
          },
        )
    },
    PAUSE_MS,
  )

  return (
    <div className="note-editor">
      <TextareaField
        label={label}
        rows={rows}
        maxLength={NOTE_MAX_LENGTH}
        value={text}
        error={status.failed ? status.text : undefined}
        onChange={(event) => change(event.target.value)}
        onBlur={flush}
      />
      <p role="status" className="save-status note-editor__status">
        {status.failed ? '' : status.text}
      </p>
    </div>
  )
}
