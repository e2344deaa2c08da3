import type { Channel } from '../../shared/contract/index'
import { correctDecision, recordDecision, withdrawDecision } from '../decisions/decision.queries'
import { getDecision, listDecisions } from '../decisions/decision-list.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function decisionHandlers(vault: Vault): HandlersFor<Extract<Channel, `decision:${string}`>> {
  return {
    'decision:record': ({ agendaItemId, values }) => recordDecision(vault.db, agendaItemId, values),
    'decision:correct': ({ id, values, note }) => correctDecision(vault.db, id, values, note),
    'decision:withdraw': ({ id, note }) => withdrawDecision(vault.db, id, note),
    'decision:get': ({ id }) => getDecision(vault.db, id),
    'decision:list': (input) => listDecisions(vault.db, input),
  }
}
