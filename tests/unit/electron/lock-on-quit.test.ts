import type { BrowserWindow as ElectronWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { lockOnQuit } from '../../../electron/main/lock/lock-on-quit'
import { app, BrowserWindow, powerMonitor, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

describe('lockOnQuit', () => {
  beforeEach(resetFakeElectron)

  it('locks the vault (checkpointing the WAL) on every way the app can end', () => {
    const vault = { lock: vi.fn() }
    const window = new BrowserWindow({})
    lockOnQuit(vault, window as unknown as ElectronWindow)
    app.emit('before-quit', { preventDefault: vi.fn() })
    expect(vault.lock).toHaveBeenCalledTimes(1)
    app.emit('will-quit', { preventDefault: vi.fn() })
    expect(vault.lock).toHaveBeenCalledTimes(2)
    powerMonitor.emit('shutdown', { preventDefault: vi.fn() })
    expect(vault.lock).toHaveBeenCalledTimes(3)
    window.emit('session-end', { reasons: ['shutdown'] })
    expect(vault.lock).toHaveBeenCalledTimes(4)
  })

  it('never lets a failing lock stop the quit', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const vault = {
      lock: vi.fn(() => {
        throw new Error('disk I/O error at /home/jansen/…')
      }),
    }
    lockOnQuit(vault, new BrowserWindow({}) as unknown as ElectronWindow)
    expect(() => app.emit('before-quit', {})).not.toThrow()
    expect(JSON.stringify(error.mock.calls)).not.toContain('jansen')
  })
})
