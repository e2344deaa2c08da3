import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/**
 * A stand-in for the parts of `electron` the main process and preload use,
 * for `vi.mock('electron', () => import('./fake-electron'))`. The Electron
 * binary cannot be downloaded here, so these fakes record what our code asks
 * of Electron and let tests fire Electron's events by hand.
 */
export class FakeWebContents extends EventEmitter {
  static nextId = 1
  /** What executeJavaScript answers in windows made from now on (the print view's state). */
  static scriptResult: unknown = undefined
  readonly id = FakeWebContents.nextId++
  readonly mainFrame = { url: 'app://tafelwerk/index.html', processId: 7, routingId: 1, parent: null }
  readonly send = vi.fn()
  readonly getURL = vi.fn(() => '')
  readonly executeJavaScript = vi.fn((_code: string): Promise<unknown> => Promise.resolve(FakeWebContents.scriptResult))
  readonly printToPDF = vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-1.4')))
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  readonly maximize = vi.fn()
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly isMinimized = vi.fn(() => false)
  readonly isMaximized = vi.fn(() => false)
  readonly isDestroyed = vi.fn(() => false)
  readonly destroy = vi.fn()
  readonly loadURL = vi.fn(() => Promise.resolve())
  readonly getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }))
  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.instances.push(this)
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true
  readonly enableSandbox = vi.fn()
  readonly requestSingleInstanceLock = vi.fn(() => true)
  readonly quit = vi.fn()
  readonly exit = vi.fn()
  readonly getPath = vi.fn((name: string) => `/fake/${name}`)
  readonly whenReady = vi.fn(() => Promise.resolve())
  readonly commandLine = { hasSwitch: vi.fn((_name: string) => false) }
}

class FakePowerMonitor extends EventEmitter {
  readonly getSystemIdleTime = vi.fn(() => 0)
}

/** A session is an EventEmitter too (`will-download`). */
export function createFakeSession() {
  return Object.assign(new EventEmitter(), {
    protocol: { handle: vi.fn() },
    webRequest: { onBeforeRequest: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
  })
}

/** Electron's ClipboardItem: the payload per MIME type, as given. */
export class ClipboardItem {
  constructor(readonly items: Record<string, unknown>) {}
  get types(): string[] {
    return Object.keys(this.items)
  }
}

/** The system clipboard: what the last write put there, replaced whole by every write, as Chromium does. */
class FakeClipboard {
  items: Record<string, unknown> = {}
  readonly write = vi.fn((data: ClipboardItem[]): Promise<void> => {
    this.items = Object.assign({}, ...data.map((item) => item.items)) as Record<string, unknown>
    return Promise.resolve()
  })
  readonly writeText = vi.fn((text: string): Promise<void> => {
    this.items = { 'text/plain': text }
    return Promise.resolve()
  })
  readonly readText = vi.fn((): Promise<string> => {
    const text = this.items['text/plain']
    return Promise.resolve(typeof text === 'string' ? text : '')
  })
  readonly clear = vi.fn((): void => {
    this.items = {}
  })
}

export const app = new FakeApp()
export const clipboard = new FakeClipboard()
export const powerMonitor = new FakePowerMonitor()
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
export const session = { defaultSession: createFakeSession() }
export const ipcMain = { handle: vi.fn((_channel: string, _handler: unknown): void => undefined) }
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() }
export const contextBridge = { exposeInMainWorld: vi.fn() }
export const dialog = {
  showSaveDialog: vi.fn((..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> =>
    Promise.resolve({ canceled: true }),
  ),
  showOpenDialog: vi.fn((..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> =>
    Promise.resolve({ canceled: true, filePaths: [] }),
  ),
}
export const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() }
export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
  getPrimaryDisplay: vi.fn(() => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })),
}

/** Forget listeners and calls between tests; resetting mocks does not remove listeners. */
export function resetFakeElectron(): void {
  vi.resetAllMocks()
  for (const emitter of [app, powerMonitor, session.defaultSession]) emitter.removeAllListeners()
  BrowserWindow.instances.length = 0
  FakeWebContents.scriptResult = undefined
  app.isPackaged = true
  clipboard.items = {}
}
