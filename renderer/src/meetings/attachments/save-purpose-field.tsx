import type { Ref } from 'react'
import { TextField } from '../../components/text-field'

/** Why a copy is saved outside the vault; asked before "Opslaan als…" and kept in the processing log. */
export function SavePurposeField({
  inputRef,
  value,
  error,
  onChange,
}: {
  inputRef: Ref<HTMLInputElement>
  value: string
  error: string | undefined
  onChange: (value: string) => void
}) {
  return (
    <TextField
      ref={inputRef}
      label="Doel van het opslaan"
      hint="Bijvoorbeeld ‘stuk voor de politie’. Het doel wordt vastgelegd in het verwerkingenlog."
      name="purpose"
      autoComplete="off"
      maxLength={500}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}
