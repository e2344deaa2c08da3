import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow } from '../../../electron/main/window/create-main-window'
import type { BrowserWindow } from './fake-electron'
import { resetFakeElectron, screen } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

let folder: string
let statePath: string

beforeEach(() => {
  resetFakeElectron()
  folder = mkdtempSync(join(tmpdir(), 'tafelwerk-window-'))
  statePath = join(folder, 'window-state.json')
})

afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

const open = (isPackaged = true) => {
  const window = createMainWindow({ preloadPath: '/app/out/preload/index.cjs', isPackaged, statePath })
  return window as unknown as BrowserWindow
}

describe('the main window', () => {
  it('has exactly the secure webPreferences', () => {
    expect(open().options['webPreferences']).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
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
      devTools: false,
    })
  })

  it('allows the developer tools only when unpackaged', () => {
    expect(open(false).options['webPreferences']).toMatchObject({
      devTools: true,
      sandbox: true,
      contextIsolation: true,
    })
  })

  it('stays hidden until the first paint, then shows', () => {
    const window = open()
    expect(window.options['show']).toBe(false)
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
    expect(window.maximize).not.toHaveBeenCalled()
  })

  it('reopens at the remembered place and maximized', () => {
    writeFileSync(statePath, JSON.stringify({ bounds: { x: 100, y: 50, width: 1100, height: 750 }, maximized: true }))
    const window = open()
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1100, height: 750 })
    window.emit('ready-to-show')
    expect(window.maximize).toHaveBeenCalledOnce()
  })

  it('pulls a window remembered on a vanished monitor back onto the screen', () => {
    writeFileSync(
      statePath,
      JSON.stringify({ bounds: { x: 3000, y: 200, width: 1100, height: 750 }, maximized: false }),
    )
    screen.getAllDisplays.mockReturnValue([{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }])
    screen.getPrimaryDisplay.mockReturnValue({ workArea: { x: 0, y: 0, width: 1366, height: 728 } })
    expect(open().options).toMatchObject({ x: 133, y: 0, width: 1100, height: 728 })
  })

  it('remembers the normal bounds and maximized state when closed', () => {
    const window = open()
    window.getNormalBounds.mockReturnValue({ x: 40, y: 30, width: 1200, height: 800 })
    window.isMaximized.mockReturnValue(true)
    window.emit('close')
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({
      version: 1,
      bounds: { x: 40, y: 30, width: 1200, height: 800 },
      maximized: true,
    })
  })
})
