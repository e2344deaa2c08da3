import type { RenderProcessGoneDetails } from 'electron'
import type { UnexpectedFailure } from '../../../db/handlers/dispatch'

/**
 * Logs go to the terminal and OS logs, which are not encrypted. Error messages
 * can quote the user's data (a name in a constraint error), so only names and
 * codes are ever logged, copied field by field so nothing extra rides along.
 */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error
}

export function logUnexpectedFailure(failure: UnexpectedFailure): void {
  console.error('[tafelwerk] onverwachte fout', {
    channel: failure.channel,
    errorName: failure.errorName,
    sqliteCode: failure.sqliteCode,
  })
}

export function logRenderProcessGone(details: RenderProcessGoneDetails): void {
  console.error('[tafelwerk] weergaveproces gestopt', { reason: details.reason })
}
