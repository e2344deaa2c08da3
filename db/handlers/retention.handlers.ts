import { purgeCase } from '../retention/purge.queries'
import { purgeScope } from '../retention/purge-scope.queries'
import { retentionExtensions, retentionOverview } from '../retention/retention-overview.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

type RetentionChannel = 'retention:overview' | 'retention:extensions' | 'retention:purge-preview' | 'retention:purge'

export function retentionHandlers(vault: Vault): HandlersFor<RetentionChannel> {
  return {
    'retention:overview': () => retentionOverview(vault.db),
    'retention:extensions': async ({ caseId }) => ({ rows: await retentionExtensions(vault.db, caseId) }),
    'retention:purge-preview': async ({ caseId }) => (await purgeScope(vault.db, caseId)).preview,
    'retention:purge': async (input) => {
      const result = await purgeCase(vault.db, input)
      // Committed, so it is reported as done; the purged values must leave the WAL as well (secure_delete
      // zeroed them in the file). Should a reader hold the WAL just now, locking does it.
      return { ...result, walCleared: vault.checkpointTruncate() }
    },
  }
}
