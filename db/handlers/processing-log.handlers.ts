import { readLogOptions } from '../processing-log-viewer/log-options.queries'
import { readLogPage } from '../processing-log-viewer/log-page.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

/** The log viewer's reads; `processing-log:export` is Electron's (save dialog). */
export function processingLogHandlers(vault: Vault): HandlersFor<'processing-log:page' | 'processing-log:options'> {
  return {
    'processing-log:page': (request) => readLogPage(vault.db, request),
    'processing-log:options': () => readLogOptions(vault.db),
  }
}
