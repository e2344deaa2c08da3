import { lockShortcut } from '../lib/platform'

export function LockButton({ onLock }: { onLock: () => void }) {
  return (
    <button
      type="button"
      className="button button--on-dark lock-button"
      aria-keyshortcuts={lockShortcut.aria}
      onClick={onLock}
    >
      <span className="lock-button__icon" aria-hidden="true" />
      Vergrendelen
      <kbd className="shortcut" aria-hidden="true">
        {lockShortcut.label}
      </kbd>
    </button>
  )
}
