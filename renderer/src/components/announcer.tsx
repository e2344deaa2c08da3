import { useAnnouncer } from '../stores/announcer-store'

/** The app-wide polite live region; see announcer-store. */
export function Announcer() {
  const message = useAnnouncer((state) => state.message)
  const serial = useAnnouncer((state) => state.serial)
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {/* Re-keyed so a repeated message is a new text node, which screen readers announce again. */}
      <span key={serial}>{message}</span>
    </div>
  )
}
