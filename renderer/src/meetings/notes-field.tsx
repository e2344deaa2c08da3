import { useState } from 'react'
import { TextareaField } from '../components/textarea-field'
import { useVaultMutation } from '../api/use-vault-mutation'
import { useAutosavedText } from '../lib/use-autosaved-text'
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

/** An agenda item's notes or chair notes, saved as they are typed (useAutosavedText). */
export function NotesField({ itemId, field, label, hint, initial, rows = 4, onSaved }: NotesFieldProps) {
  const agendaSetText = useVaultMutation('agenda:set-text')
  const [error, setError] = useState<string | undefined>(undefined)
  const { text, change, flush } = useAutosavedText(
    initial,
    (value) =>
      tracked(agendaSetText.run({ id: itemId, field, text: value })).then(
        () => {
          setError(undefined)
          onSaved?.(value)
        },
        (failure: unknown) => {
          setError(failure instanceof Error ? failure.message : String(failure))
          throw failure
        },
      ),
    700,
  )

  return (
    <TextareaField
      label={label}
      hint={hint}
      error={error}
      rows={rows}
      value={text}
      onChange={(event) => change(event.target.value)}
      onBlur={flush}
    />
  )
}
