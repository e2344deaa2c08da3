import type { Channel } from '../../shared/contract/index'
import { meetingModePosition, moveMeetingMode } from '../meetings/meeting-mode.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function meetingModeHandlers(vault: Vault): HandlersFor<Extract<Channel, `meeting-mode:${string}`>> {
  return {
    'meeting-mode:get': ({ meetingId }) => meetingModePosition(vault.db, meetingId),
    // The time is main's, and so is "today" (its local date): a renderer's clock is not trusted for what the vault records.
    'meeting-mode:move': ({ meetingId, itemId }) => moveMeetingMode(vault.db, meetingId, itemId, new Date()),
  }
}
