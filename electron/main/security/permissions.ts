import type { Session } from 'electron'

/**
 * Tafelwerk needs no camera, microphone, location, notifications, clipboard
 * reading, devices or fullscreen API. Electron grants most of these by default,
 * so every request and every check is answered "no".
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
