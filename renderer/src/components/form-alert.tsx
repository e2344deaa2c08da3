/**
 * The error region of a form. Always rendered (empty when all is well) because
 * screen readers only announce changes to live regions that already exist.
 */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'alert alert--error' : 'alert-slot'}>
      {message}
    </div>
  )
}
