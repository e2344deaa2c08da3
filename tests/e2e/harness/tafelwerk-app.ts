import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core'
import { clipboardHandlers } from '../../../electron/main/clipboard/clipboard-handler'
import { SecretClipboard } from '../../../electron/main/clipboard/secret-clipboard'
import { createHandlers } from '../../../db/handlers/create-handlers'
import { createDispatcher, type Dispatch } from '../../../db/handlers/dispatch'
import { Vault } from '../../../db/vault/vault'
import { channels, type LockReason } from '../../../shared/contract/index'
import { type BackupDialogs, testBackupDialogHandlers } from './backup-dialogs'
import { type SaveTarget, testExportHandlers } from './export-save'
import { MemoryClipboard } from './memory-clipboard'
import { installOmtBridge, TEST_LOCK_EVENT } from './omt-bridge-script'
import { testPresenterHandlers } from './presenter-page'
import { APP_ORIGIN, assertRendererBuilt, serveRenderer } from './serve-renderer'

export const VIEWPORT = { width: 1280, height: 800 }

export interface StartOptions {
  /** An existing vault folder; a fresh empty one by default. */
  folder?: string
  /** Runs on the vault before the window opens, e.g. to create it without the UI. */
  prepare?: (vault: Vault) => Promise<unknown>
  /** The hash route to open, e.g. 'instellingen/partners'. */
  route?: string
}

interface Window {
  context: BrowserContext
  page: Page
}

/**
 * Tafelwerk as the user meets it: the built renderer in Chromium, window.omt
 * wired to the real dispatcher on a real vault folder in this process. What
 * Electron's main process would do (lock on idle, restart) the test does here.
 */
export class TafelwerkApp {
  private problems: string[] = []
  private window: Window | null = null
  /** The second page `presenter:open` opened, as main opens the presenter window. */
  private presenter: Page | null = null
  private dispatch: Dispatch
  /** Where `export:save`, `districtReport:save` and `attachment:save` write, in place of the save dialog (see export-save.ts). */
  readonly exportTarget: SaveTarget
  /** The system clipboard `clipboard:copy-secret` writes to (see memory-clipboard.ts). */
  readonly clipboard: MemoryClipboard
  /** What the back-up folder and restore file dialogs answer (see backup-dialogs.ts). */
  readonly dialogs: BackupDialogs

  private constructor(
    private readonly browser: Browser,
    readonly folder: string,
    public vault: Vault,
  ) {
    this.exportTarget = { folder: join(folder, 'exports'), cancel: false }
    this.clipboard = new MemoryClipboard()
    this.dialogs = { folder: join(folder, 'usb-stick'), file: null }
    this.dispatch = this.createDispatch(vault)
  }

  /**
   * The real dispatcher, plus the Electron-only channels the way the harness
   * provides them: the saves into a test folder, the clipboard with main's own
   * SecretClipboard and handler on an in-memory clipboard, cleared on lock as
   * electron/main/index.ts wires it.
   */
  private createDispatch(vault: Vault): Dispatch {
    const saves = testExportHandlers(
      () => this.vault,
      () => this.window?.context ?? this.fail('The app window is closed.'),
      this.exportTarget,
    )
    const secretClipboard = new SecretClipboard(this.clipboard)
    vault.onLock(() => void secretClipboard.clearIfOurs())
    const presenter = testPresenterHandlers(
      () => this.window?.context ?? this.fail('The app window is closed.'),
      (page) => {
        this.watch(page)
        this.presenter = page
      },
    )
    return createDispatcher(vault, undefined, {
      ...createHandlers(vault),
      ...saves,
      ...testBackupDialogHandlers(() => this.vault, this.dialogs),
      ...clipboardHandlers(secretClipboard),
      ...presenter,
    })
  }

  private fail(message: string): never {
    throw new Error(message)
  }

  static async start(browser: Browser, options: StartOptions = {}): Promise<TafelwerkApp> {
    assertRendererBuilt()
    const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'tafelwerk-e2e-'))
    const vault = new Vault(folder)
    await options.prepare?.(vault)
    const app = new TafelwerkApp(browser, folder, vault)
    await app.openWindow(options.route)
    return app
  }

  static url(route = ''): string {
    return `${APP_ORIGIN}/index.html${route ? `#/${route}` : ''}`
  }

  get page(): Page {
    if (!this.window) throw new Error('The app window is closed.')
    return this.window.page
  }

  /** The presenter view's page, once the presentation opened it. */
  get presenterPage(): Page {
    if (!this.presenter || this.presenter.isClosed()) throw new Error('No presenter view is open.')
    return this.presenter
  }

  private async openWindow(route = ''): Promise<void> {
    const context = await this.browser.newContext({
      viewport: VIEWPORT,
      locale: 'nl-NL',
      reducedMotion: 'reduce',
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    await serveRenderer(context, (url) => this.problems.push(`request outside the app blocked: ${url}`))
    // The binding reads this.dispatch on every call, so a restart can swap the vault under it.
    await context.exposeBinding('__omtDispatch', (_source, channel: unknown, input: unknown) =>
      this.dispatch(channel, input),
    )
    await context.addInitScript(installOmtBridge, { channels, lockEvent: TEST_LOCK_EVENT })
    const page = await context.newPage()
    this.watch(page)
    this.window = { context, page }
    await page.goto(TafelwerkApp.url(route))
  }

  /** What the page reports counts as a problem of the test, in every page the app opens. */
  private watch(page: Page): void {
    page.on('console', (message) => {
      // Chromium's own "Failed to load resource" lines are left out: how many it writes for one request differs
      // between its versions. The request itself is reported once, below.
      if (isBrowserNetworkLine(message)) return
      if (message.type() === 'error' || message.type() === 'warning')
        this.problems.push(`console.${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown'
      // A navigation cancels what the page was still fetching (the workspace chunks it preloads): not a failure.
      if (reason !== 'net::ERR_ABORTED') this.problems.push(`request failed: ${appPath(request.url())} (${reason})`)
    })
    page.on('response', (response) => {
      if (response.status() >= 400)
        this.problems.push(`response ${String(response.status())}: ${appPath(response.url())}`)
    })
  }

  /**
   * What main does on idle, screen lock or suspend: close the vault, then tell
   * the renderer why (through window.omt.onVaultLocked).
   */
  async lockFromMain(reason: LockReason): Promise<void> {
    this.vault.lock()
    await this.page.evaluate(({ event, detail }) => window.dispatchEvent(new CustomEvent(event, { detail })), {
      event: TEST_LOCK_EVENT,
      detail: reason,
    })
  }

  /**
   * Quits and starts the app again on the same vault folder: the vault is
   * closed, a new Vault reads the files from disk, a new window opens.
   */
  async restart(route = ''): Promise<void> {
    this.expectNoProblems()
    this.vault.lock()
    await this.window?.context.close()
    this.window = null
    this.vault = new Vault(this.folder)
    this.dispatch = this.createDispatch(this.vault)
    await this.openWindow(route)
  }

  /** Calls a channel directly, for a second look at what the UI says it saved. */
  call(channel: string, input: unknown): ReturnType<Dispatch> {
    return this.dispatch(channel, input)
  }

  /** Console errors and warnings, page errors, failed and blocked requests all fail the test. */
  expectNoProblems(): void {
    const found = this.takeProblems()
    if (found.length > 0) throw new Error(`The page reported problems:\n  ${found.join('\n  ')}`)
  }

  /** The problems since the last check, for a test that provokes one on purpose; the list starts empty again. */
  takeProblems(): string[] {
    return this.problems.splice(0)
  }

  /** Closes the window and deletes the vault folder. Never throws: it runs after failures too. */
  async close(): Promise<void> {
    this.vault.lock()
    await this.window?.context.close()
    this.window = null
    rmSync(this.folder, { recursive: true, force: true })
  }
}

/** A line Chromium writes itself when a load fails: it has no arguments, unlike the page's console calls. */
function isBrowserNetworkLine(message: ConsoleMessage): boolean {
  return message.args().length === 0 && message.text().startsWith('Failed to load resource:')
}

/** The path within the app, so a report names the file without the test origin. */
function appPath(url: string): string {
  return url.startsWith(APP_ORIGIN) ? url.slice(APP_ORIGIN.length) : url
}
