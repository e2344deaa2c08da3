import type { Channel } from '../../shared/contract/index'
import { addAttachment, deleteAttachment, getAttachment, listAttachments } from '../attachments/attachment.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function attachmentHandlers(vault: Vault): HandlersFor<Extract<Channel, `attachment:${string}`>> {
  return {
    'attachment:list': ({ agendaItemId }) => listAttachments(vault.db, agendaItemId),
    'attachment:add': (input) => addAttachment(vault.db, input),
    'attachment:get': ({ id }) => getAttachment(vault.db, id),
    'attachment:delete': ({ id }) => deleteAttachment(vault.db, id),
  }
}
