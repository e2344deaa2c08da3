import type { Session } from 'electron'
import { createAppProtocolHandler } from '../protocol/app-protocol-handler'
import { APP_SCHEME } from '../origin/app-origin'
import { limitPermissions } from './permissions'
import { refuseDownloads } from './refuse-downloads'
import { blockForeignRequests } from './request-filter'

/**
 * Everything the session must have before the window loads its first URL:
 * our bundle served over app://, every other request cancelled, every
 * permission refused but full screen for our own page, no download, and no
 * spellchecker (it downloads dictionaries).
 */
export function hardenSession(session: Session, rendererDir: string, dev: URL | null): void {
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir))
  blockForeignRequests(session, dev)
  limitPermissions(session, dev)
  refuseDownloads(session)
  session.setSpellCheckerEnabled(false)
}
