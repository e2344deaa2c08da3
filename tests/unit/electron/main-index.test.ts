import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { osClipboardFormat } from '../../../electron/main/clipboard/electron-clipboard'
import { historyMarkers } from '../../../electron/main/clipboard/history-markers'
import { channels, isElectronOnly } from '../../../shared/contract/index'
import type * as FakeElectron from './fake-electron'

/**
 * Boots electron/main/index.ts against the fake Electron and checks the wiring:
 * that every protection the small modules provide is actually installed.
 */
vi.mock('electron', () => import('./fake-electron'))

// Implementations given to vi.fn survive the vi.resetAllMocks in resetFakeElectron.
const state = vi.hoisted(() => {
  const dispatch = vi.fn((_channel: unknown, _input: unknown) => Promise.resolve({ ok: true, value: 'answer' }))
  return {
    vaults: [] as { folder: string; isUnlocked: boolean; lock: () => void }[],
    dispatch,
    createDispatcher: vi.fn((_vault: unknown, _onUnexpected: unknown) => dispatch),
  }
})

// The real dispatcher is tested in db/; here only that IPC reaches it, for the vault, after the sender check.
vi.mock('../../../db/handlers/dispatch', () => ({
  createDispatcher: state.createDispatcher,
}))

vi.mock('../../../db/vault/vault', () => ({
  Vault: class {
    isUnlocked = true
    readonly lockListeners = new Set<() => void>()
    // As the real one: the listeners hear a lock that closed an open vault.
    readonly lock = vi.fn(() => {
      const wasOpen = this.isUnlocked
      this.isUnlocked = false
      if (wasOpen) for (const listener of this.lockListeners) listener()
    })
    // The export handler closes its print window on lock; the clipboard drops a copied key.
    readonly onLock = vi.fn((listener: () => void) => {
      this.lockListeners.add(listener)
      return () => this.lockListeners.delete(listener)
    })
    constructor(readonly folder: string) {
      state.vaults.push(this)
    }
  },
}))

type Electron = typeof FakeElectron
type Handler = (event: unknown, input: unknown) => Promise<unknown>

/** The last-chance error handlers main installs, kept off the real process (they would catch the runner's errors). */
const processHandlers = new Map<string, (reason: unknown) => void>()
function catchProcessHandlers(): void {
  processHandlers.clear()
  const on = process.on.bind(process)
  vi.spyOn(process, 'on').mockImplementation(((event: string, listener: (reason: unknown) => void) => {
    if (event !== 'uncaughtException' && event !== 'unhandledRejection') return on(event, listener)
    processHandlers.set(event, listener)
    return process
  }) as typeof process.on)
}

async function boot(
  options: {
    packaged?: boolean
    singleInstance?: boolean
    rendererUrl?: string
    argv?: string[]
    switches?: string[]
  } = {},
): Promise<Electron> {
  vi.resetModules()
  // The mocked module itself: after resetModules a fresh import of ./fake-electron could be another instance.
  const electron = (await import('electron')) as unknown as Electron
  electron.resetFakeElectron()
  // After the reset, which would otherwise restore console.error and print to the test output.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  catchProcessHandlers()
  electron.app.isPackaged = options.packaged ?? true
  electron.app.requestSingleInstanceLock.mockReturnValue(options.singleInstance ?? true)
  vi.stubEnv('ELECTRON_RENDERER_URL', options.rendererUrl ?? '')
  process.argv = options.argv ?? ['/opt/Tafelwerk/tafelwerk']
  electron.app.commandLine.hasSwitch.mockImplementation((name) => (options.switches ?? []).includes(name))
  await import('../../../electron/main/index')
  await vi.advanceTimersByTimeAsync(0)
  return electron
}

/** A handler main gave the dispatcher (the dispatcher itself is mocked here). */
const mainHandler = (channel: string) => {
  const handlers = (state.createDispatcher.mock.calls[0] as unknown[] | undefined)?.[2] as
    Record<string, (input: unknown) => Promise<unknown>> | undefined
  const found = handlers?.[channel]
  if (!found) throw new Error(`main gave the dispatcher no ${channel}`)
  return found
}

const theWindow = (electron: Electron) => {
  expect(electron.BrowserWindow.instances).toHaveLength(1)
  return electron.BrowserWindow.instances[0] as InstanceType<Electron['BrowserWindow']>
}

const handler = (electron: Electron, channel: string): Handler => {
  const call = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel) as [string, Handler] | undefined
  if (!call) throw new Error(`no handler for ${channel}`)
  return call[1]
}

const testArgv = process.argv
beforeEach(() => {
  state.vaults.length = 0
  state.dispatch.mockClear()
  state.createDispatcher.mockClear()
  vi.useFakeTimers()
})

afterEach(() => {
  process.argv = testArgv
  vi.clearAllTimers()
  vi.useRealTimers()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('main process wiring', () => {
  it('sandboxes every renderer and registers app:// before the app is ready', async () => {
    const { app, protocol } = await boot()
    const ready = app.whenReady.mock.invocationCallOrder[0] ?? 0
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(ready)
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(ready)
  })

  it('hardens the session: app:// handler, request filter, permissions, no spellchecker', async () => {
    const { session } = await boot()
    const ses = session.defaultSession
    expect(ses.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
    expect(ses.setPermissionRequestHandler).toHaveBeenCalledOnce()
    expect(ses.setPermissionCheckHandler).toHaveBeenCalledOnce()
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
  })

  it('refuses downloads in the default session and in every session created later', async () => {
    const { app, session, createFakeSession } = await boot()
    const later = createFakeSession()
    app.emit('session-created', later)
    for (const ses of [session.defaultSession, later]) {
      const event = { preventDefault: vi.fn() }
      ses.emit('will-download', event, {}, {})
      expect(event.preventDefault).toHaveBeenCalledOnce()
    }
  })

  it('opens one window on app://tafelwerk with the vault in the user-data folder', async () => {
    const electron = await boot({ rendererUrl: 'http://localhost:5173' })
    expect(theWindow(electron).loadURL).toHaveBeenCalledExactlyOnceWith('app://tafelwerk/index.html')
    expect(state.vaults.map((vault) => vault.folder)).toEqual(['/fake/userData'])
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce()
  })

  it('loads the dev server only when unpackaged', async () => {
    const electron = await boot({ packaged: false, rendererUrl: 'http://localhost:5173' })
    expect(theWindow(electron).loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/')
  })

  it('guards the navigation of every WebContents created', async () => {
    const { app, FakeWebContents } = await boot()
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    const event = { preventDefault: vi.fn() }
    contents.emit('will-navigate', event, 'https://example.com/')
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('answers every channel for our main frame and refuses a foreign one', async () => {
    const electron = await boot()
    const window = theWindow(electron)
    expect(electron.ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual([...channels].sort())
    const ours = { sender: window.webContents, senderFrame: { ...window.webContents.mainFrame } }
    await expect(handler(electron, 'vault:status')(ours, { a: 1 })).resolves.toEqual({ ok: true, value: 'answer' })
    expect(state.dispatch).toHaveBeenCalledExactlyOnceWith('vault:status', { a: 1 })
    expect(state.createDispatcher).toHaveBeenCalledOnce()
    const [vault, onUnexpected] = state.createDispatcher.mock.calls[0] as [unknown, (failure: object) => void]
    expect(vault).toBe(state.vaults[0])
    onUnexpected({ channel: 'partner:update', errorName: 'SqliteError', sqliteCode: 'SQLITE_FULL', message: 'Jansen' })
    expect(console.error).toHaveBeenCalledWith(expect.any(String), {
      channel: 'partner:update',
      errorName: 'SqliteError',
      sqliteCode: 'SQLITE_FULL',
    })
    const foreign = {
      sender: window.webContents,
      senderFrame: { ...window.webContents.mainFrame, url: 'https://evil.example/' },
    }
    await expect(handler(electron, 'vault:status')(foreign, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    })
    expect(state.dispatch).toHaveBeenCalledOnce()
  })

  it('locks the vault on screen lock and tells the renderer to show the lock screen', async () => {
    const electron = await boot()
    electron.powerMonitor.emit('lock-screen')
    expect(state.vaults[0]?.lock).toHaveBeenCalledOnce()
    expect(theWindow(electron).webContents.send).toHaveBeenCalledExactlyOnceWith('vault:locked', 'screen-lock')
  })

  it('locks the vault when the app quits', async () => {
    const { app } = await boot()
    app.emit('before-quit', { preventDefault: vi.fn() })
    expect(state.vaults[0]?.lock).toHaveBeenCalled()
  })

  it('locks the vault and quits when the main window closes, though no window-all-closed comes', async () => {
    const electron = await boot()
    // A hidden print window (kept after an export) keeps Electron from ever sending window-all-closed.
    theWindow(electron).emit('closed')
    expect(state.vaults[0]?.lock).toHaveBeenCalled()
    expect(electron.app.quit).toHaveBeenCalledOnce()
  })

  it('gives the dispatcher a handler for every Electron-only channel, the back-up dialogs included', async () => {
    await boot()
    const electronOnly = channels.filter((channel) => isElectronOnly(channel))
    expect(electronOnly).toEqual(expect.arrayContaining(['backup:choose-folder', 'restore:choose-file']))
    for (const channel of electronOnly) expect(mainHandler(channel)).toBeTypeOf('function')
  })

  it('copies a key through main, marked for clipboard history to skip, and empties the clipboard after 30 s, on lock and before quitting', async () => {
    const electron = await boot()
    const copy = mainHandler('clipboard:copy-secret')
    const key = 'K7QD-9M2X-ABCD-EFGH-2345-6789-JKLM-NPQR'
    await expect(copy({ text: key })).resolves.toEqual({ clearAfterSeconds: 30 })
    expect(await electron.clipboard.readText()).toBe(key)
    expect(Object.keys(electron.clipboard.items).sort()).toEqual(
      ['text/plain', ...Object.keys(historyMarkers(process.platform)).map(osClipboardFormat)].sort(),
    )
    await vi.advanceTimersByTimeAsync(30_000)
    expect(await electron.clipboard.readText()).toBe('')

    // Locking the vault takes the key off at once.
    await copy({ text: key })
    state.vaults[0]?.lock()
    await vi.advanceTimersByTimeAsync(0)
    expect(await electron.clipboard.readText()).toBe('')

    // A quit waits until the key is off the clipboard.
    await copy({ text: key })
    const quit = { preventDefault: vi.fn() }
    electron.app.emit('before-quit', quit)
    expect(quit.preventDefault).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(0)
    expect(await electron.clipboard.readText()).toBe('')
    expect(electron.app.quit).toHaveBeenCalledOnce()
  })

  it('logs only the name of an error nothing else caught', async () => {
    await boot()
    processHandlers.get('uncaughtException')?.(new RangeError('Dorpsstraat 4, Jansen'))
    processHandlers.get('unhandledRejection')?.(new Error('/home/jansen/tafelwerk.vault'))
    expect(vi.mocked(console.error).mock.calls.map((call): unknown => call[1])).toEqual([
      { errorName: 'RangeError' },
      { errorName: 'Error' },
    ])
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toContain('ansen')
  })

  it('logs only the reason when a renderer goes away', async () => {
    const { app } = await boot()
    app.emit('render-process-gone', {}, {}, { reason: 'oom', exitCode: 9 })
    expect(console.error).toHaveBeenCalledWith(expect.any(String), { reason: 'oom' })
  })

  it('quits at once, without a window or vault, when another instance runs', async () => {
    const electron = await boot({ singleInstance: false })
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.BrowserWindow.instances).toHaveLength(0)
    expect(state.vaults).toHaveLength(0)
  })

  it('refuses to start a packaged app with a remote-debugging or inspector switch, before anything else', async () => {
    const electron = await boot({ argv: ['/opt/Tafelwerk/tafelwerk', '--remote-debugging-port=9222'] })
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(1)
    expect(console.error).toHaveBeenCalledExactlyOnceWith(expect.any(String), { option: 'remote-debugging-port' })
    expect(electron.app.enableSandbox).not.toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.BrowserWindow.instances).toHaveLength(0)
    expect(state.vaults).toHaveLength(0)

    // A switch Chromium holds without it showing in argv is refused as well.
    const viaChromium = await boot({ switches: ['remote-debugging-pipe'] })
    expect(viaChromium.app.exit).toHaveBeenCalledExactlyOnceWith(1)
    expect(viaChromium.BrowserWindow.instances).toHaveLength(0)
  })

  it('lets a developer start an unpackaged app with DevTools switches', async () => {
    const electron = await boot({
      packaged: false,
      argv: ['/usr/bin/electron', '.', '--remote-debugging-port=9222', '--inspect'],
    })
    expect(electron.app.exit).not.toHaveBeenCalled()
    expect(theWindow(electron).loadURL).toHaveBeenCalledOnce()
  })

  it('never imports crash upload, auto-update or Electron networking', () => {
    const root = join(import.meta.dirname, '../../../electron')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const imports = readFileSync(join(root, file), 'utf8').match(/import[^;]*from 'electron'/gu) ?? []
      for (const line of imports) expect(line, file).not.toMatch(/\b(crashReporter|autoUpdater|net|shell)\b/u)
    }
  })
})
