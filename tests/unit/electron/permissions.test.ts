import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions } from '../../../electron/main/security/permissions'
import { createFakeSession } from './fake-electron'

describe('denyAllPermissions', () => {
  const session = createFakeSession()
  denyAllPermissions(session as unknown as Session)

  it('answers every permission request with no', () => {
    const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'fullscreen',
      'openExternal',
      'unknown',
    ]) {
      const callback = vi.fn()
      handler({}, permission, callback)
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false)
    }
  })

  it('answers every permission check and device request with no', () => {
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb']) {
      expect(check({}, permission, 'app://tafelwerk', {}), permission).toBe(false)
    }
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean
    expect(device({ deviceType: 'usb', origin: 'app://tafelwerk' })).toBe(false)
  })
})
