import { buildSubjectOverview } from '../exports/subject-overview-model'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

/** `subject-overview:save` is Electron's (dialog, print window); the overview is the vault's. */
export function subjectOverviewHandlers(vault: Vault): HandlersFor<'subject-overview:get'> {
  return {
    'subject-overview:get': (request) => buildSubjectOverview(vault.db, request),
  }
}
