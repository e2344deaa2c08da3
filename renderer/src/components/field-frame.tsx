import type { ReactNode } from 'react'
import { cx } from '../lib/class-names'
import { FieldMessages } from './field-messages'

interface FieldFrameProps {
  id: string
  hintId: string
  errorId: string
  label: ReactNode
  hint?: ReactNode | undefined
  error?: string | undefined
  className?: string | undefined
  children: ReactNode
}

/**
 * Label, hint and error above the control (the GOV.UK order): the error sits
 * where the eye already is, and is tied to the control with aria-describedby.
 */
export function FieldFrame({ id, hintId, errorId, label, hint, error, className, children }: FieldFrameProps) {
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
    </div>
  )
}
