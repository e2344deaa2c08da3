/** macOS users expect Cmd where others press Ctrl. */
export const isMac = /Mac|iPhone|iPad/u.test(navigator.userAgent)

export const lockShortcut = {
  /** For aria-keyshortcuts, which uses its own key names. */
  aria: isMac ? 'Meta+L' : 'Control+L',
  label: isMac ? '⌘ L' : 'Ctrl+L',
  matches: (event: KeyboardEvent): boolean =>
    event.key.toLowerCase() === 'l' && !event.altKey && !event.shiftKey && (isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey),
}
