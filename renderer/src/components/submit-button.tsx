import type { ReactNode } from 'react'
import { cx } from '../lib/class-names'

interface SubmitButtonProps {
  busy: boolean
  busyLabel: string
  children: ReactNode
  variant?: 'primary' | 'secondary' | 'danger'
}

/**
 * Not disabled while busy (a disabled button drops keyboard focus); the form
 * ignores a second submit instead, and aria-busy tells assistive tech.
 */
export function SubmitButton({ busy, busyLabel, children, variant = 'primary' }: SubmitButtonProps) {
  return (
    <button type="submit" className={cx('button', `button--${variant}`)} aria-busy={busy || undefined}>
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {busyLabel}
        </>
      ) : (
        children
      )}
    </button>
  )
}
