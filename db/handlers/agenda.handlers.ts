import type { Channel } from '../../shared/contract/index'
import { addCases, decisionCandidates } from '../agenda/agenda-cases.queries'
import { moveItem } from '../agenda/agenda-move.queries'
import { addItem, deleteItem, restoreItem, setItemStatus, setItemText, updateItem } from '../agenda/agenda.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function agendaHandlers(vault: Vault): HandlersFor<Extract<Channel, `agenda:${string}`>> {
  return {
    'agenda:add': (input) => addItem(vault.db, input),
    'agenda:update': ({ id, values }) => updateItem(vault.db, id, values),
    'agenda:set-text': ({ id, field, text }) => setItemText(vault.db, id, field, text),
    'agenda:set-status': ({ id, status }) => setItemStatus(vault.db, id, status),
    'agenda:move': (input) => moveItem(vault.db, input),
    'agenda:delete': ({ id }) => deleteItem(vault.db, id),
    'agenda:restore': ({ id }) => restoreItem(vault.db, id),
    'agenda:decision-candidates': ({ meetingId }) => decisionCandidates(vault.db, meetingId),
    'agenda:add-cases': ({ meetingId, caseIds }) => addCases(vault.db, meetingId, caseIds),
  }
}
