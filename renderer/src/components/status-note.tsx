/** A polite confirmation ("Opgeslagen") next to the form it belongs to; always rendered, see FormAlert. */
export function StatusNote({ message }: { message: string | null }) {
  return (
    <div role="status" className={message ? 'alert alert--success' : 'alert-slot'}>
      {message}
    </div>
  )
}
