import { useId } from 'react'

/** Ids for a field's label, hint and error, and the aria-describedby that joins them. */
export function useFieldIds(hasHint: boolean, error: string | undefined) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hasHint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return { id, hintId, errorId, describedBy }
}
