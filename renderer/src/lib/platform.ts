/** macOS users expect Cmd where others press Ctrl. */
export const isMac = /Mac|iPhone|iPad/u.test(navigator.userAgent)

export const lockShortcut = {
  /** For aria-keyshortcuts, which uses its own key names. */
  aria: isMac ? 'Meta+L' : 'Control+L',
  label: isMac ? '⌘ L' : 'Ctrl+L',
  matches: (event: KeyboardEvent): boolean =>
    event.key.toLowerCase() === 'l' &&
    !event.altKey &&
    !event.shiftKey &&
    (isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey),
}

export const searchShortcut = {
  aria: isMac ? 'Meta+K /' : 'Control+K /',
  label: isMac ? '⌘ K' : 'Ctrl+K',
  matches: (event: KeyboardEvent): boolean =>
    event.key.toLowerCase() === 'k' &&
    !event.altKey &&
    !event.shiftKey &&
    (isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey),
}

/** Where a typed "/" is text, not a shortcut: fields, editable text, and open dialogs. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}
