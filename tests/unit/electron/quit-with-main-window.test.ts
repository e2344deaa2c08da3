import type { BrowserWindow as ElectronWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PrintWindowRegistry } from '../../../electron/main/export/print-window-registry'
import { quitWithMainWindow } from '../../../electron/main/lock/quit-with-main-window'
import { app, BrowserWindow, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const asWindow = (window: BrowserWindow) => window as unknown as ElectronWindow

describe('quitWithMainWindow', () => {
  beforeEach(resetFakeElectron)

  it('locks the vault, destroys a hidden print window and quits when the main window closes', () => {
    const vault = { lock: vi.fn() }
    const stop = vi.fn()
    const main = new BrowserWindow({})
    const registry = new PrintWindowRegistry()
    const print = new BrowserWindow({ show: false })
    registry.register(asWindow(print))
    quitWithMainWindow(asWindow(main), { vault, printWindows: () => registry.live(), stop })
    expect(app.quit).not.toHaveBeenCalled()

    // No window-all-closed here: the print window is still alive when the main window goes.
    main.emit('closed')
    expect(vault.lock).toHaveBeenCalledOnce()
    expect(print.destroy).toHaveBeenCalledOnce()
    expect(stop).toHaveBeenCalledOnce()
    expect(app.quit).toHaveBeenCalledOnce()
    expect(vault.lock.mock.invocationCallOrder[0]).toBeLessThan(app.quit.mock.invocationCallOrder[0] ?? 0)
  })

  it('quits even when locking fails, logging only the error name', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const vault = {
      lock: vi.fn(() => {
        throw new Error('disk I/O error at /home/jansen/tafelwerk.vault')
      }),
    }
    const main = new BrowserWindow({})
    quitWithMainWindow(asWindow(main), { vault, printWindows: () => [], stop: vi.fn() })
    expect(() => main.emit('closed')).not.toThrow()
    expect(app.quit).toHaveBeenCalledOnce()
    expect(error).toHaveBeenCalledWith(expect.any(String), { errorName: 'Error' })
    expect(JSON.stringify(error.mock.calls)).not.toContain('jansen')
  })
})
