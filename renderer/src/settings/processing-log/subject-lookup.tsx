import { useEffect, useState } from 'react'
import { useVaultQuery } from '../../api/use-vault-query'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'

export interface PickedSubject {
  id: string
  label: string
}

interface SubjectLookupProps {
  value: PickedSubject | null
  onChange: (subject: PickedSubject | null) => void
}

/**
 * A subject is picked by name: the app's own search finds the subjects
 * (persons, companies, objects) as the user types, and a plain select offers
 * them, so the choice works the same with keyboard and screen reader.
 */
export function SubjectLookup({ value, onChange }: SubjectLookupProps) {
  const [text, setText] = useState('')
  // The search runs once typing pauses, not per keystroke.
  const [settled, setSettled] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), 250)
    return () => clearTimeout(timer)
  }, [text])
  const search = useVaultQuery('search:query', settled.length >= 2 ? { text: settled, limitPerKind: 20 } : null, {
    keepPrevious: true,
  })
  const found: PickedSubject[] = (search.data?.groups.find((group) => group.kind === 'subject')?.results ?? []).map(
    (result) => ({ id: result.id, label: `${result.title} (${result.detail})` }),
  )
  const error = search.error

  const shown = text.trim().length < 2 ? [] : found
  const options = [
    { value: '', label: shown.length > 0 || value ? 'Alle betrokkenen' : 'Typ eerst een naam' },
    ...(value && !shown.some((subject) => subject.id === value.id) ? [{ value: value.id, label: value.label }] : []),
    ...shown.map((subject) => ({ value: subject.id, label: subject.label })),
  ]
  return (
    <div className="log-filters__subject">
      <TextField
        type="search"
        label="Betrokkene zoeken"
        hint="Typ minstens twee letters van de naam."
        autoComplete="off"
        spellCheck={false}
        value={text}
        error={error ?? undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <SelectField
        label="Betrokkene"
        name="subject"
        value={value?.id ?? ''}
        options={options}
        onChange={(event) => {
          const id = event.target.value
          onChange(id === '' ? null : (shown.find((subject) => subject.id === id) ?? value))
        }}
      />
    </div>
  )
}
