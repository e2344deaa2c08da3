import type { Channel, ElectronOnlyChannel } from '../../shared/contract/index'
import { addAttachment, deleteAttachment, getAttachment, listAttachments } from '../attachments/attachment.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

/** `attachment:save` is Electron's (save dialog); it writes with db/attachments/save-attachment. */
export function attachmentHandlers(
  vault: Vault,
): HandlersFor<Exclude<Extract<Channel, `attachment:${string}`>, ElectronOnlyChannel>> {
  return {
    'attachment:list': ({ agendaItemId }) => listAttachments(vault.db, agendaItemId),
    'attachment:add': (input) => addAttachment(vault.db, input),
    'attachment:get': ({ id }) => getAttachment(vault.db, id),
    'attachment:delete': ({ id }) => deleteAttachment(vault.db, id),
  }
}
