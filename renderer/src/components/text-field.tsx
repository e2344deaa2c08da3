import type { InputHTMLAttributes, ReactNode, Ref } from 'react'
import { cx } from '../lib/class-names'
import { useFieldIds } from './field-ids'
import { FieldFrame } from './field-frame'

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid'> & {
  label: ReactNode
  hint?: ReactNode | undefined
  error?: string | undefined
  /** 'short' for codes and numbers, so the field's width hints at what fits. */
  width?: 'short' | 'medium' | 'full' | undefined
  ref?: Ref<HTMLInputElement> | undefined
}

export function TextField({ label, hint, error, width = 'full', className, ref, ...input }: TextFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(Boolean(hint), error)
  return (
    <FieldFrame id={id} hintId={hintId} errorId={errorId} label={label} hint={hint} error={error} className={className}>
      <input
        ref={ref}
        id={id}
        className={cx('input', `input--${width}`)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
    </FieldFrame>
  )
}
