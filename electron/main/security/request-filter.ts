import type { Session } from 'electron'
import { APP_HOST, APP_SCHEME, isAppUrl, isDevServerUrl } from '../origin/app-origin'

/**
 * Tafelwerk never touches the network, so any request that is not for our own
 * bundle is cancelled: a stray link, a remote font in a pasted text, a
 * compromised dependency phoning home. `devtools:` keeps the developer tools
 * working; `data:` never leaves the process and the CSP limits it to images.
 */
export function isAllowedRequest(rawUrl: string, dev: URL | null): boolean {
  if (isAppUrl(rawUrl) || isDevServerUrl(rawUrl, dev)) return true
  if (rawUrl.startsWith(OWN_BLOBS)) return true
  if (dev && rawUrl.startsWith(`blob:${dev.origin}/`)) return true
  return rawUrl.startsWith('devtools:') || rawUrl.startsWith('data:')
}

/** The attachment viewer's blob: URLs for images, minted by our own page from bytes the vault returned. */
const OWN_BLOBS = `blob:${APP_SCHEME}://${APP_HOST}/`

export function blockForeignRequests(session: Session, dev: URL | null): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, dev) })
  })
}
