import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearSecretBeforeQuit, QUIT_WAIT_MS } from '../../../electron/main/clipboard/clear-before-quit'
import { app, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const quitEvent = () => ({ preventDefault: vi.fn() })

beforeEach(() => {
  resetFakeElectron()
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('clearSecretBeforeQuit', () => {
  it('quits at once when no key may be on the clipboard', () => {
    const secret = { pending: false, clearIfOurs: vi.fn(() => Promise.resolve()) }
    clearSecretBeforeQuit(secret)
    const event = quitEvent()
    app.emit('before-quit', event)
    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(secret.clearIfOurs).not.toHaveBeenCalled()
  })

  it('holds the quit until the key is off the clipboard, then quits', async () => {
    let cleared = (): void => undefined
    const secret = { pending: true, clearIfOurs: vi.fn(() => new Promise<void>((resolve) => (cleared = resolve))) }
    clearSecretBeforeQuit(secret)
    const event = quitEvent()
    app.emit('before-quit', event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(10)
    expect(app.quit).not.toHaveBeenCalled()
    cleared()
    await vi.advanceTimersByTimeAsync(0)
    expect(app.quit).toHaveBeenCalledOnce()
    // The second round of the quit goes through, even should the flag still say pending.
    const again = quitEvent()
    app.emit('before-quit', again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it('never lets a hanging clipboard hold the quit for more than a moment', async () => {
    const secret = { pending: true, clearIfOurs: vi.fn(() => new Promise<void>(() => undefined)) }
    clearSecretBeforeQuit(secret)
    app.emit('before-quit', quitEvent())
    await vi.advanceTimersByTimeAsync(QUIT_WAIT_MS - 1)
    expect(app.quit).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(app.quit).toHaveBeenCalledOnce()
  })
})
