import type { BrowserWindow as ElectronWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { claimSingleInstance } from '../../../electron/main/single-instance'
import { app, BrowserWindow, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

describe('claimSingleInstance', () => {
  beforeEach(resetFakeElectron)

  it('tells a second process to quit', () => {
    app.requestSingleInstanceLock.mockReturnValue(false)
    expect(claimSingleInstance(() => null)).toBe(false)
    expect(app.listenerCount('second-instance')).toBe(0)
  })

  it('brings the running window forward when a second process starts', () => {
    app.requestSingleInstanceLock.mockReturnValue(true)
    const window = new BrowserWindow({})
    window.isMinimized.mockReturnValue(true)
    expect(claimSingleInstance(() => window as unknown as ElectronWindow)).toBe(true)
    app.emit('second-instance')
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.show).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
  })
})
