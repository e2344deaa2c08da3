import type { Channel } from '../../shared/contract/index'
import { listActions } from '../actions/action-list.queries'
import { createAction, deleteAction, setActionStatus, updateAction } from '../actions/action.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function actionHandlers(vault: Vault): HandlersFor<Extract<Channel, `action:${string}`>> {
  return {
    'action:create': (input) => createAction(vault.db, input),
    'action:update': ({ id, values }) => updateAction(vault.db, id, values),
    'action:set-status': ({ id, status, on }) => setActionStatus(vault.db, id, status, on),
    'action:delete': ({ id }) => deleteAction(vault.db, id),
    'action:list': (input) => listActions(vault.db, input),
  }
}
