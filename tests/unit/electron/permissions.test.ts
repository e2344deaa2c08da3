import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { limitPermissions } from '../../../electron/main/security/permissions'
import { createFakeSession } from './fake-electron'

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void

describe('limitPermissions', () => {
  const session = createFakeSession()
  limitPermissions(session as unknown as Session, null)
  const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler
  const answer = (permission: string, requestingUrl: string) => {
    const callback = vi.fn()
    handler({}, permission, callback, { requestingUrl })
    expect(callback, permission).toHaveBeenCalledOnce()
    return callback.mock.calls[0]?.[0] as boolean
  }

  it('answers every permission request with no', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])
      expect(answer(permission, 'app://tafelwerk/index.html'), permission).toBe(false)
  })

  it('lets our own page, and only it, show the slides in full screen with Esc kept for the page', () => {
    for (const permission of ['fullscreen', 'keyboardLock']) {
      expect(answer(permission, 'app://tafelwerk/index.html#/rapportage'), permission).toBe(true)
      expect(answer(permission, 'https://evil.example/'), permission).toBe(false)
      expect(answer(permission, 'http://localhost:5173/'), permission).toBe(false)
    }
  })

  it('answers every permission check and device request with no', () => {
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'fullscreen']) {
      expect(check({}, permission, 'app://tafelwerk', {}), permission).toBe(false)
    }
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean
    expect(device({ deviceType: 'usb', origin: 'app://tafelwerk' })).toBe(false)
  })
})
