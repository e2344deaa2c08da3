import type { Channel } from '../../shared/contract/index'
import { createCase, deleteCase, updateCase } from '../cases/case.queries'
import { listCases } from '../cases/case-list.queries'
import { getCase } from '../read-models/case-page.queries'
import { caseHistory } from '../read-models/case-history.queries'
import { linkSubject, unlinkSubject } from '../subjects/involvement.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function caseHandlers(vault: Vault): HandlersFor<Extract<Channel, `case:${string}`>> {
  return {
    'case:list': (input) => listCases(vault.db, input),
    'case:get': ({ id }) => getCase(vault.db, id),
    'case:create': (input) => createCase(vault.db, input, getCase),
    'case:update': ({ id, values }) => updateCase(vault.db, id, values, getCase),
    'case:delete': ({ id }) => deleteCase(vault.db, id),
    'case:link-subject': (input) => linkSubject(vault.db, input),
    'case:unlink-subject': ({ involvementId }) => unlinkSubject(vault.db, involvementId),
    'case:history': ({ caseId }) => caseHistory(vault.db, caseId),
  }
}
