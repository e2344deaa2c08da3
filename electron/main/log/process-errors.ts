import { errorName } from './safe-log'

/** What logProcessErrors needs of `process`: its two last-chance events. */
export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown
}

/**
 * Last-chance handlers for errors nothing else caught. Without them Electron
 * shows a dialog with the message and stack, and prints both; a message can
 * quote the user's data (a name, a path in the user's folder). Only the
 * error's name is logged. The app keeps running, as it did with Electron's
 * dialog: every request already answers its own errors, the vault locks as
 * before, and a quit would take unsaved typing in the window with it.
 */
export function logProcessErrors(target: ProcessEvents = process): void {
  target.on('uncaughtException', (error) => {
    console.error('[tafelwerk] onverwachte fout in het hoofdproces', { errorName: errorName(error) })
  })
  target.on('unhandledRejection', (reason) => {
    console.error('[tafelwerk] onafgehandelde fout in het hoofdproces', { errorName: errorName(reason) })
  })
}
