import { TextField } from '../../components/text-field'

interface RecoveryKeyFieldProps {
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/** The recovery key typed back: monospaced, and no autocomplete or spelling help for a secret. */
export function RecoveryKeyField({ value, error, onChange }: RecoveryKeyFieldProps) {
  return (
    <TextField
      label="Herstelsleutel"
      name="recoveryKey"
      hint="Hoofdletters, spaties en streepjes maken niet uit."
      className="field--mono"
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="characters"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  )
}
