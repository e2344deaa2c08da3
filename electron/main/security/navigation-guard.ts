import type { WebContents } from 'electron'

/**
 * The renderer is a single page loaded by main; it never navigates or opens
 * windows itself. Denying everything (rather than allow-listing our own URL)
 * means a link in user data or an injected script cannot load another page
 * into a window that holds the IPC bridge. Applied to every WebContents,
 * including ones created later (print windows, devtools).
 */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
