import type { ReactNode, SelectHTMLAttributes } from 'react'
import { useFieldIds } from './field-ids'
import { FieldFrame } from './field-frame'

export interface SelectOption {
  value: string
  label: string
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'aria-describedby' | 'aria-invalid'> & {
  label: ReactNode
  hint?: ReactNode | undefined
  error?: string | undefined
  options: readonly SelectOption[]
}

export function SelectField({ label, hint, error, options, ...select }: SelectFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(Boolean(hint), error)
  return (
    <FieldFrame id={id} hintId={hintId} errorId={errorId} label={label} hint={hint} error={error}>
      <select
        id={id}
        className="select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}
