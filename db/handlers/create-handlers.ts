import type { Vault } from '../vault/vault'
import type { Handlers } from './handler-types'
import { referenceHandlers } from './reference.handlers'
import { settingsHandlers } from './settings.handlers'
import { vaultHandlers } from './vault.handlers'

/** One map of every channel's handler, a plain function of the vault (Electron-free, so tests call it). */
export function createHandlers(vault: Vault): Handlers {
  return {
    ...vaultHandlers(vault),
    ...settingsHandlers(vault),
    ...referenceHandlers(vault),
  }
}
