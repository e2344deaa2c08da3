import { getSettings, saveSettings } from '../settings/settings.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function settingsHandlers(vault: Vault): HandlersFor<'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => getSettings(vault.db),
    'settings:update': (settings) => saveSettings(vault.db, settings),
  }
}
