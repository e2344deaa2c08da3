import type { Session } from 'electron'
import { isOurPageUrl } from '../origin/app-origin'

/**
 * What presentation mode asks of our own page: the slides in full screen,
 * and Esc kept for the page (keyboard lock) so that Esc first closes the
 * overview or the blank screen, as the presenter expects.
 */
const PRESENTATION_PERMISSIONS = new Set(['fullscreen', 'keyboardLock'])

/**
 * Tafelwerk needs no camera, microphone, location, notifications, clipboard
 * reading or devices. Electron grants most of these by default, so every
 * request and every check is answered "no", except full screen (and its
 * keyboard lock) when our own page asks for it.
 */
export function limitPermissions(session: Session, dev: URL | null = null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(PRESENTATION_PERMISSIONS.has(permission) && isOurPageUrl(details.requestingUrl, dev))
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
