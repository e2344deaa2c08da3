/**
 * "Naar de inhoud" for keyboard users. A plain #anchor would be read by the
 * hash router as a route, so the link moves focus itself.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault()
        document.getElementById(targetId)?.focus()
      }}
    >
      Naar de inhoud
    </a>
  )
}
