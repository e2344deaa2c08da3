import type { ReactNode } from 'react'

interface FieldMessagesProps {
  hint?: ReactNode | undefined
  hintId: string
  error?: string | undefined
  errorId: string
}

/** A field's hint and error, with the ids its control points at through aria-describedby. */
export function FieldMessages({ hint, hintId, error, errorId }: FieldMessagesProps) {
  return (
    <>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Fout: </span>
          {error}
        </p>
      ) : null}
    </>
  )
}
