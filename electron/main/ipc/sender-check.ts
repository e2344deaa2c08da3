import type { Channel } from '../../../shared/contract/index'
import { isOurPageUrl } from '../origin/app-origin'

/** The parts of Electron's WebFrameMain the check reads (plain objects in tests). */
export interface FrameLike {
  readonly url: string
  readonly processId: number
  readonly routingId: number
  readonly parent: unknown
}

export interface SenderEvent {
  readonly sender: { readonly id: number }
  readonly senderFrame: FrameLike | null
}

export interface OurWindow {
  readonly webContents: { readonly id: number; readonly mainFrame: FrameLike }
}

/**
 * Only the top frame of our own window, showing our own page, may call the
 * contract. A null frame (destroyed or navigated away while the request was in
 * flight), a subframe, another WebContents (devtools, or a print window asking
 * for more than it prints) or a page from anywhere else is refused. WebFrameMain objects are not guaranteed
 * to be identical for the same frame, so frames are compared by process and
 * routing id, as Electron documents.
 */
export function isTrustedSender(event: SenderEvent, window: OurWindow | null, dev: URL | null): boolean {
  const frame = event.senderFrame
  if (!frame || !window) return false
  const contents = window.webContents
  if (event.sender.id !== contents.id) return false
  const main = contents.mainFrame
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) return false
  return isOurPageUrl(frame.url, dev)
}

/**
 * A hidden print window loads the same renderer to print one document. It
 * may read the vault's status and that document (the minutes' model, or the
 * district report, already suppressed), nothing else: no saving, no
 * changes, no other data.
 */
export const PRINT_WINDOW_CHANNELS: readonly Channel[] = [
  'vault:status',
  'export:document',
  'districtReport:get',
  'processing-register:document',
  'subject-overview:get',
]

export function isTrustedPrintSender(
  event: SenderEvent,
  printWindows: readonly OurWindow[],
  dev: URL | null,
  channel: Channel,
): boolean {
  if (!PRINT_WINDOW_CHANNELS.includes(channel)) return false
  return printWindows.some((window) => isTrustedSender(event, window, dev))
}

/**
 * The presenter window shows slides it receives from the presentation over
 * a BroadcastChannel. From the vault it needs only the status and to save
 * the speaker note typed in it.
 */
export const PRESENTER_WINDOW_CHANNELS: readonly Channel[] = ['vault:status', 'districtReport:saveNote']

export function isTrustedPresenterSender(
  event: SenderEvent,
  presenterWindows: readonly OurWindow[],
  dev: URL | null,
  channel: Channel,
): boolean {
  if (!PRESENTER_WINDOW_CHANNELS.includes(channel)) return false
  return presenterWindows.some((window) => isTrustedSender(event, window, dev))
}
