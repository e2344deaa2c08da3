import { useEffect } from 'react'
import { isTypingTarget, searchShortcut } from '../lib/platform'

/**
 * Ctrl+K (Cmd+K on macOS) from anywhere, and "/" when the user is not typing,
 * put the cursor in the search field. Not while a dialog is open: the page
 * behind it is inert until the dialog closes.
 */
export function useSearchShortcut(focusSearch: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      const slash =
        event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)
      if (!slash && !searchShortcut.matches(event)) return
      event.preventDefault()
      focusSearch()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [focusSearch])
}
