import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron'

/**
 * Electron's open dialog, sheet-like on the main window when there is one;
 * the first path picked, or null when the user cancels. What is picked is
 * only ever read or written where the user said.
 */
export async function askOpenPath(parent: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
