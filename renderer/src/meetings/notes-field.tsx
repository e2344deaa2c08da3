import { useEffect, useRef, useState } from 'react'
import { TextareaField } from '../components/textarea-field'
import { useVaultMutation } from '../api/use-vault-mutation'
import { tracked } from './save-status'

interface NotesFieldProps {
  itemId: string
  field: 'notes' | 'chairNotes'
  label: string
  hint?: string
  initial: string
  rows?: number
  onSaved?: (text: string) => void
}

/**
 * A text saved while typing (after a short pause), on leaving the field, when
 * the field goes away and when the window closes: no save button, and a typed
 * word is never lost.
 */
export function NotesField({ itemId, field, label, hint, initial, rows = 4, onSaved }: NotesFieldProps) {
  const agendaSetText = useVaultMutation('agenda:set-text')
  const [text, setText] = useState(initial)
  const [error, setError] = useState<string | undefined>(undefined)
  const saved = useRef<string | null>(initial)
  const latest = useRef(initial)
  const timer = useRef<number | undefined>(undefined)
  const onSavedRef = useRef(onSaved)
  useEffect(() => {
    onSavedRef.current = onSaved
  })

  const flush = useRef(() => {
    window.clearTimeout(timer.current)
    const value = latest.current
    if (value === saved.current) return
    saved.current = value
    tracked(agendaSetText.run({ id: itemId, field, text: value }))
      .then(() => {
        setError(undefined)
        onSavedRef.current?.(value)
      })
      .catch((failure: unknown) => {
        // Not saved: the next keystroke or blur tries again.
        saved.current = null
        setError(failure instanceof Error ? failure.message : String(failure))
      })
  })

  useEffect(() => {
    const save = flush.current
    // Closing the window unloads the page without unmounting React: send what was typed during the pause too.
    window.addEventListener('pagehide', save)
    return () => {
      window.removeEventListener('pagehide', save)
      save()
    }
  }, [])

  return (
    <TextareaField
      label={label}
      hint={hint}
      error={error}
      rows={rows}
      value={text}
      onChange={(event) => {
        setText(event.target.value)
        latest.current = event.target.value
        window.clearTimeout(timer.current)
        timer.current = window.setTimeout(() => flush.current(), 700)
      }}
      onBlur={() => flush.current()}
    />
  )
}
