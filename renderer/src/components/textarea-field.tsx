import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react'
import { cx } from '../lib/class-names'
import { useFieldIds } from './field-ids'
import { FieldFrame } from './field-frame'

type TextareaFieldProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'aria-describedby' | 'aria-invalid'
> & {
  label: ReactNode
  hint?: ReactNode | undefined
  error?: string | undefined
  ref?: Ref<HTMLTextAreaElement> | undefined
  /** Rendered after the control, inside the field: a preview, a counter. */
  after?: ReactNode
}

export function TextareaField({ label, hint, error, className, ref, after, ...textarea }: TextareaFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(Boolean(hint), error)
  return (
    <FieldFrame id={id} hintId={hintId} errorId={errorId} label={label} hint={hint} error={error} className={className}>
      <textarea
        ref={ref}
        id={id}
        className={cx('textarea')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {after}
    </FieldFrame>
  )
}
