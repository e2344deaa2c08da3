import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { Dispatch } from '../../../db/handlers/dispatch'
import { type Channel, type Envelope, channels, OmtError } from '../../../shared/contract/index'
import { errorName } from '../log/safe-log'

const refuse = (code: 'FORBIDDEN_SENDER' | 'INTERNAL'): Envelope<never> => ({
  ok: false,
  error: new OmtError(code).toPayload(),
})

/**
 * One handler per contract channel, each checking the sender before the
 * dispatcher sees the request. A handler never rejects: a rejection would
 * reach the renderer as an Error whose text we do not control.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent, channel: Channel) => boolean,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      try {
        if (!isTrusted(event, channel)) return refuse('FORBIDDEN_SENDER')
        return await dispatch(channel, input)
      } catch (error) {
        console.error('[tafelwerk] onverwachte fout', { channel, errorName: errorName(error), sqliteCode: null })
        return refuse('INTERNAL')
      }
    })
  }
}
