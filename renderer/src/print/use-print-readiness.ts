import { useEffect, useLayoutEffect } from 'react'
import { loadPrintFonts } from './print-fonts'
import { reportPrintBusy, reportPrintError, reportPrintReady } from './print-state'
import type { PrintLoad } from './print-load'

/**
 * Tells the printer (PRINT_STATE_ATTRIBUTE on <html>) when this job's page
 * can be printed: busy at once, ready after the fonts and one frame so the
 * page is laid out in its own font, or the error's code. For the privacy
 * documents and the district report; the minutes' route does the same
 * (print-screen.tsx).
 */
export function usePrintReadiness(token: string, load: PrintLoad<unknown>): void {
  useLayoutEffect(() => {
    reportPrintBusy(token)
    // In parallel with the data: the fonts are needed anyway.
    void loadPrintFonts().catch(() => undefined)
  }, [token])
  useEffect(() => {
    if (load.state === 'error') {
      reportPrintError(token, load.code)
      return undefined
    }
    if (load.state !== 'ready') return undefined
    let live = true
    // A font that fails to load is no reason to print nothing: Chromium falls back to a system font.
    void loadPrintFonts()
      .catch(() => undefined)
      .then(() => {
        requestAnimationFrame(() => {
          if (live) reportPrintReady(token)
        })
      })
    return () => {
      live = false
    }
  }, [load, token])
}
