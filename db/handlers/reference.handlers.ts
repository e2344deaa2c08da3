import type { Channel } from '../../shared/contract/index'
import { archiveReference, createReference, listReference, updateReference } from '../reference/reference.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function referenceHandlers(vault: Vault): HandlersFor<Extract<Channel, `reference:${string}`>> {
  return {
    'reference:list': ({ kind, includeArchived }) => listReference(vault.db, kind, includeArchived),
    'reference:create': (input) => createReference(vault.db, input),
    'reference:update': (input) => updateReference(vault.db, input),
    'reference:archive': ({ kind, id, archived }) => archiveReference(vault.db, kind, id, archived),
  }
}
