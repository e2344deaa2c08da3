import type { Channel } from '../../shared/contract/index'
import { createIntervention, deleteIntervention, updateIntervention } from '../interventions/intervention.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function interventionHandlers(vault: Vault): HandlersFor<Extract<Channel, `intervention:${string}`>> {
  return {
    'intervention:create': ({ caseId, values }) => createIntervention(vault.db, caseId, values),
    'intervention:update': ({ id, values }) => updateIntervention(vault.db, id, values),
    'intervention:delete': ({ id }) => deleteIntervention(vault.db, id),
  }
}
