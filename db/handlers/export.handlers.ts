import { buildExportModel } from '../exports/export-model'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

/** `export:save` is Electron's (dialog, print window); the model is the vault's. */
export function exportHandlers(vault: Vault): HandlersFor<'export:document'> {
  return {
    'export:document': (input) => buildExportModel(vault.db, input),
  }
}
