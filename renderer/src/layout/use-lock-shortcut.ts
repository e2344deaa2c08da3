import { useEffect } from 'react'
import { lockShortcut } from '../lib/platform'

/**
 * Ctrl+L (Cmd+L on macOS) locks from anywhere, also inside a form or dialog:
 * walking away from the desk should take one keystroke.
 */
export function useLockShortcut(lock: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!lockShortcut.matches(event) || event.repeat) return
      event.preventDefault()
      lock()
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [lock])
}
