import { type RefObject, useEffect, useState } from 'react'
import { errorMessages, type FieldErrors, OmtError } from '../../../shared/contract/errors'
import { messageOf } from '../api/request'

interface FormErrorState {
  message: string | null
  fields: FieldErrors
  /** Bumped per failure so focus moves again when the same error repeats. */
  serial: number
}

const none: FormErrorState = { message: null, fields: {}, serial: 0 }

const belongsTo = (field: string, name: string): boolean => field === name || field.startsWith(`${name}.`)

function firstUnder(fields: FieldErrors, name: string): string | undefined {
  return Object.entries(fields).find(([field]) => field.startsWith(`${name}.`))?.[1]
}

/**
 * Keeps the errors of one form and, after a failure, moves focus to the first
 * invalid field so keyboard users land where the fix is (its message is in its
 * description, so screen readers read it there).
 */
export function useFormErrors(formRef: RefObject<HTMLFormElement | null>) {
  const [state, setState] = useState<FormErrorState>(none)

  useEffect(() => {
    if (state.serial === 0) return
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    if (invalid) {
      invalid.focus()
      if (invalid instanceof HTMLInputElement) invalid.select()
    }
  }, [state.serial, formRef])

  return {
    message: state.message,
    /** A field's error; a list field ("themeIds") also takes its items' errors ("themeIds.0"). */
    fieldError: (name: string): string | undefined => state.fields[name] ?? firstUnder(state.fields, name),
    fail: (error: unknown) => {
      const fields = error instanceof OmtError ? (error.fields ?? {}) : {}
      const message = messageOf(error)
      // When the message is already next to a field, the top of the form only says where to look.
      const summary = Object.values(fields).includes(message) ? errorMessages.VALIDATION : message
      setState((previous) => ({ message: summary, fields, serial: previous.serial + 1 }))
    },
    /**
     * For the form's onChange (it bubbles from every field): an edited field
     * loses its error, so a stale message never contradicts the live feedback.
     */
    onFormChange: (event: { target: EventTarget }) => {
      const target = event.target
      const name =
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement ||
        target instanceof HTMLTextAreaElement
          ? target.name
          : ''
      setState((previous) => {
        if (!name || !Object.keys(previous.fields).some((field) => belongsTo(field, name))) return previous
        const fields = Object.fromEntries(Object.entries(previous.fields).filter(([field]) => !belongsTo(field, name)))
        const message =
          Object.keys(fields).length === 0 && previous.message === errorMessages.VALIDATION ? null : previous.message
        return { ...previous, fields, message }
      })
    },
    clear: () => {
      setState((previous) => (previous.message === null ? previous : { ...none, serial: previous.serial }))
    },
  }
}
