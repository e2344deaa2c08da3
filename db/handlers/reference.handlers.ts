import type { Channel } from '../../shared/contract/index'
import { OmtError } from '../../shared/contract/errors'
import type { ReferenceList, ReferenceListOf } from '../../shared/contract/reference.contract'
import type { ReferenceKind } from '../../shared/domain/reference'
import { archiveReference, createReference, listReference, updateReference } from '../reference/reference.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

const isListOf = <K extends ReferenceKind>(list: ReferenceList, kind: K): list is ReferenceListOf<K> =>
  list.kind === kind

export function referenceHandlers(vault: Vault): HandlersFor<Extract<Channel, `reference:${string}`>> {
  /** The contract promises the renderer the list of the kind it asked for (outputByKind); this keeps that promise checked. */
  const listOf = async <K extends ReferenceKind>(kind: K, includeArchived: boolean): Promise<ReferenceListOf<K>> => {
    const list = await listReference(vault.db, kind, includeArchived)
    if (!isListOf(list, kind)) throw new OmtError('INTERNAL')
    return list
  }
  return {
    'reference:list': ({ kind, includeArchived }) => listOf(kind, includeArchived),
    'reference:create': (input) => createReference(vault.db, input),
    'reference:update': (input) => updateReference(vault.db, input),
    'reference:archive': ({ kind, id, archived }) => archiveReference(vault.db, kind, id, archived),
  }
}
