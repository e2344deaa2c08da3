import type { Channel } from '../../shared/contract/index'
import {
  createEnforcementIssue,
  deleteEnforcementIssue,
  listEnforcementIssues,
  updateEnforcementIssue,
} from '../enforcement-issues/enforcement-issue.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function enforcementIssueHandlers(vault: Vault): HandlersFor<Extract<Channel, `enforcement-issue:${string}`>> {
  return {
    'enforcement-issue:list': async () => ({ rows: await listEnforcementIssues(vault.db) }),
    'enforcement-issue:create': (values) => createEnforcementIssue(vault.db, values),
    'enforcement-issue:update': ({ id, values }) => updateEnforcementIssue(vault.db, id, values),
    'enforcement-issue:delete': ({ id }) => deleteEnforcementIssue(vault.db, id),
  }
}
