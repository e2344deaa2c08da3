import { PRINT_STATE_ATTRIBUTE, printErrorState, printReadyState } from '../../../shared/domain/print-route'

/**
 * The print window (Electron) and the test printer (Playwright) wait for this
 * attribute on <html> before printing. The token (job and pass) keeps a print
 * from taking the "ready" of an earlier one for its own.
 */
export function reportPrintReady(token: string): void {
  document.documentElement.setAttribute(PRINT_STATE_ATTRIBUTE, printReadyState(token))
}

export function reportPrintError(token: string, code: string): void {
  document.documentElement.setAttribute(PRINT_STATE_ATTRIBUTE, printErrorState(token, code))
}

export function reportPrintBusy(token: string): void {
  document.documentElement.setAttribute(PRINT_STATE_ATTRIBUTE, `bezig:${token}`)
}
