import { join } from 'node:path'
import { app, type BrowserWindow, ipcMain, session } from 'electron'
import { createHandlers } from '../../db/handlers/create-handlers'
import { createDispatcher } from '../../db/handlers/dispatch'
import { Vault } from '../../db/vault/vault'
import { VAULT_LOCKED_EVENT } from '../events'
import { preloadPath, rendererDir } from './app-paths'
import { attachmentSaveHandlers } from './attachment/attachment-save-handler'
import { backupDialogHandlers } from './backup/backup-dialog-handler'
import { clearSecretBeforeQuit } from './clipboard/clear-before-quit'
import { clipboardHandlers } from './clipboard/clipboard-handler'
import { electronSecretClipboard } from './clipboard/electron-clipboard'
import { SecretClipboard } from './clipboard/secret-clipboard'
import { exportSaveHandlers } from './export/export-save-handler'
import { PrintSession } from './export/print-session'
import { PrintWindowRegistry } from './export/print-window-registry'
import { reportSaveHandlers } from './export/report-save-handler'
import { privacySaveHandlers } from './export/privacy-save-handler'
import { logExportHandlers } from './export/log-export-handler'
import { registerIpc } from './ipc/register-ipc'
import { isTrustedPresenterSender, isTrustedPrintSender, isTrustedSender } from './ipc/sender-check'
import { startAutoLock } from './lock/auto-lock'
import { lockOnQuit } from './lock/lock-on-quit'
import { quitWithMainWindow } from './lock/quit-with-main-window'
import { logProcessErrors } from './log/process-errors'
import { errorName, logRenderProcessGone, logUnexpectedFailure } from './log/safe-log'
import { presenterHandlers } from './presenter/presenter-handler'
import { PresenterWindow } from './presenter/presenter-window'
import { installAppMenu } from './menu/app-menu'
import { APP_ENTRY_URL, devServerUrl } from './origin/app-origin'
import { registerAppScheme } from './protocol/register-app-scheme'
import { hardenSession } from './security/harden-session'
import { guardNavigation } from './security/navigation-guard'
import { refuseDownloads } from './security/refuse-downloads'
import { refusedSwitch } from './security/refused-switches'
import { claimSingleInstance } from './single-instance'
import { createMainWindow } from './window/create-main-window'

/**
 * Wiring only: every decision lives in a small module with its own test.
 * No crashReporter and no autoUpdater are started anywhere: both would send
 * data off the machine.
 */

// First, so that nothing thrown from here on is shown or logged with its message.
logProcessErrors()

let mainWindow: BrowserWindow | null = null
const liveWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)

// Before `ready`: every renderer sandboxed, app:// known as a secure scheme,
// and every WebContents ever created (windows, devtools) kept from navigating.
function prepare(): void {
  app.enableSandbox()
  registerAppScheme()
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents)
  })
  // Sessions made after start (another partition, devtools) refuse downloads too.
  app.on('session-created', refuseDownloads)
  app.on('render-process-gone', (_event, _contents, details) => {
    logRenderProcessGone(details)
  })
}

function start(): void {
  const dev = devServerUrl(app.isPackaged, process.env)
  const userData = app.getPath('userData')
  hardenSession(session.defaultSession, rendererDir, dev)
  installAppMenu(app.isPackaged)

  const vault = new Vault(userData)
  const printWindows = new PrintWindowRegistry()
  const printing = new PrintSession(
    {
      preloadPath,
      isPackaged: app.isPackaged,
      baseUrl: dev?.href ?? APP_ENTRY_URL,
      register: (window) => printWindows.register(window),
    },
    vault,
  )
  const saveTo = { vault, mainWindow: liveWindow, documentsFolder: () => app.getPath('documents'), printing }
  const exportSave = exportSaveHandlers(saveTo)
  const reportSave = reportSaveHandlers(saveTo)
  const attachmentSave = attachmentSaveHandlers({
    vault,
    mainWindow: liveWindow,
    documentsFolder: () => app.getPath('documents'),
  })
  const presenter = new PresenterWindow({
    preloadPath,
    isPackaged: app.isPackaged,
    baseUrl: dev?.href ?? APP_ENTRY_URL,
    mainWindow: liveWindow,
  })
  // A presentation from the vault ends with it; one from a package file never had a vault open.
  vault.onLock(() => presenter.close())
  // A copied key leaves the clipboard with the vault: on lock, and before the app quits.
  const secretClipboard = new SecretClipboard(electronSecretClipboard())
  vault.onLock(() => void secretClipboard.clearIfOurs())
  clearSecretBeforeQuit(secretClipboard)
  const dispatch = createDispatcher(vault, logUnexpectedFailure, {
    ...createHandlers(vault),
    ...exportSave,
    ...reportSave,
    ...privacySaveHandlers(saveTo),
    ...attachmentSave,
    ...backupDialogHandlers({ vault, mainWindow: liveWindow }),
    ...logExportHandlers(saveTo),
    ...clipboardHandlers(secretClipboard),
    ...presenterHandlers(presenter),
  })
  registerIpc(
    ipcMain,
    dispatch,
    (event, channel) =>
      isTrustedSender(event, liveWindow(), dev) ||
      isTrustedPrintSender(event, printWindows.live(), dev, channel) ||
      isTrustedPresenterSender(event, presenter.live(), dev, channel),
  )

  const window = createMainWindow({
    preloadPath,
    isPackaged: app.isPackaged,
    statePath: join(userData, 'window-state.json'),
  })
  mainWindow = window
  lockOnQuit(vault, window)
  const stopAutoLock = startAutoLock(vault, (reason) => {
    liveWindow()?.webContents.send(VAULT_LOCKED_EVENT, reason)
  })
  window.on('closed', () => {
    mainWindow = null
  })
  // One window holds the vault; with it gone (on macOS too) the app locks and quits.
  quitWithMainWindow(window, {
    vault,
    printWindows: () => [...printWindows.live(), ...presenter.live()],
    stop: stopAutoLock,
  })
  window.loadURL(dev?.href ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[tafelwerk] venster niet geladen', { errorName: errorName(error) })
  })
}

// Developers need DevTools and the inspector; an installed app never does.
const refused = app.isPackaged ? refusedSwitch(process.argv, (name) => app.commandLine.hasSwitch(name)) : null
if (refused) {
  // Our own name for the switch only: its value is not ours to log.
  console.error('[tafelwerk] niet gestart: startoptie niet toegestaan', { option: refused })
  app.exit(1)
} else {
  prepare()
  if (claimSingleInstance(liveWindow)) {
    app
      .whenReady()
      .then(start)
      .catch((error: unknown) => {
        console.error('[tafelwerk] starten mislukt', { errorName: errorName(error) })
        app.exit(1)
      })
  } else {
    app.quit()
  }
}
