import type { WebPreferences } from 'electron'

/**
 * The renderer shows confidential case data and must never reach Node: it is
 * sandboxed and isolated, and talks to main only through the preload's
 * `window.omt`. Options whose defaults are already safe are spelled out anyway,
 * so a changed default in a future Electron cannot loosen them silently.
 * Spellcheck is off because Chromium’s spellchecker downloads dictionaries;
 * plugins are off because PDF attachments are drawn by pdf.js in the page.
 */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    plugins: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: !isPackaged,
  }
}
