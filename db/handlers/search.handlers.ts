import { searchAll } from '../search/search.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function searchHandlers(vault: Vault): HandlersFor<'search:query'> {
  return {
    'search:query': ({ text, limitPerKind }) => searchAll(vault.db, text, limitPerKind),
  }
}
