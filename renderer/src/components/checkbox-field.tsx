import type { InputHTMLAttributes, ReactNode } from 'react'
import { cx } from '../lib/class-names'
import { useFieldIds } from './field-ids'
import { FieldMessages } from './field-messages'

type CheckboxFieldProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'aria-describedby' | 'aria-invalid'
> & {
  label: ReactNode
  hint?: ReactNode | undefined
  error?: string | undefined
}

/** The box before its label, as people expect for a checkbox, with a large click target. */
export function CheckboxField({ label, hint, error, className, ...input }: CheckboxFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(Boolean(hint), error)
  return (
    <div className={cx('checkbox', error && 'field--invalid', className)}>
      <input
        id={id}
        type="checkbox"
        className="checkbox__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      <div>
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
        <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      </div>
    </div>
  )
}
