import type { ReactNode } from 'react'
import { SubmitButton } from './submit-button'

interface FormActionsProps {
  busy: boolean
  busyLabel: string
  /** The submit button's text. */
  children: ReactNode
  variant?: 'primary' | 'secondary' | 'danger'
  /** Puts "Annuleren" beside the submit button. */
  onCancel?: (() => void) | undefined
}

/** A form's buttons: submit (busy while it runs) and, where the form can be left, Annuleren. */
export function FormActions({ busy, busyLabel, children, variant = 'primary', onCancel }: FormActionsProps) {
  return (
    <div className="form__actions">
      <SubmitButton busy={busy} busyLabel={busyLabel} variant={variant}>
        {children}
      </SubmitButton>
      {onCancel ? (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuleren
        </button>
      ) : null}
    </div>
  )
}
