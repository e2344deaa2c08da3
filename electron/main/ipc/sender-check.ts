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
 * flight), a subframe, another WebContents (a print or devtools window) or a
 * page from anywhere else is refused. WebFrameMain objects are not guaranteed
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
