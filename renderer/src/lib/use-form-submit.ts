import { type FormEvent, useRef, useState } from 'react'
import { type FieldErrors, OmtError } from '../../../shared/contract/errors'
import { useFormErrors } from './use-form-errors'

/** What a submit resolves to when, this time, the form stays on screen and is ready again. */
export const stayOpen = Symbol('stay open')

interface FormSubmitOptions {
  /**
   * Checked before anything is sent or the form turns busy: the field
   * messages it returns show as the vault's would, and nothing is sent.
   */
  check?: () => FieldErrors
  /**
   * The form stays on screen after a success (to take the next entry, or to
   * say what was saved), so it is ready again. Without it, a form stays busy
   * after a success: it is about to close, and a second submit must not slip in.
   * A submit that only sometimes leaves the form on screen resolves to `stayOpen` then.
   */
  staysOpen?: boolean
  /** After the errors are shown: for a form that also reacts to a particular failure. */
  onFailure?: (failure: unknown) => void
}

/**
 * One form's submit: the form element, its errors (focus goes to the first
 * invalid field), and a busy flag that ignores a second submit while the
 * first is under way (the submit button stays enabled, so focus stays on it).
 * Spread `props` on the form: `<form {...form.props} className="form">`.
 */
export function useFormSubmit(
  action: () => Promise<unknown>,
  { check, staysOpen = false, onFailure }: FormSubmitOptions = {},
) {
  const ref = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(ref)
  const [busy, setBusy] = useState(false)

  /** Runs any work of the form as its submit does: guarded, busy, and its failure shown in the form. */
  const run = async (work: () => Promise<unknown>) => {
    if (busy) return
    errors.clear()
    const invalid = check?.() ?? {}
    if (Object.keys(invalid).length > 0) return errors.fail(new OmtError('VALIDATION', undefined, invalid))
    setBusy(true)
    try {
      const outcome = await work()
      if (staysOpen || outcome === stayOpen) setBusy(false)
    } catch (failure) {
      errors.fail(failure)
      setBusy(false)
      onFailure?.(failure)
    }
  }

  return {
    busy,
    errors,
    run,
    props: {
      ref,
      noValidate: true,
      onSubmit: (event: FormEvent) => {
        event.preventDefault()
        void run(action)
      },
      onChange: errors.onFormChange,
    },
  }
}
