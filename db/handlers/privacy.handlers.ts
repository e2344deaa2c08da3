import type { Vault } from '../vault/vault'
import { processingRegisterHandlers } from './processing-register.handlers'
import { subjectOverviewHandlers } from './subject-overview.handlers'
import { vaultUserHandlers } from './vault-user.handlers'

/** The owner, the register and the inzageverzoek: one entry in create-handlers. */
export function privacyHandlers(vault: Vault) {
  return { ...vaultUserHandlers(vault), ...processingRegisterHandlers(vault), ...subjectOverviewHandlers(vault) }
}
