import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FakeElectron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

type Electron = typeof FakeElectron

const state = vi.hoisted(() => ({
  model: vi.fn(),
  save: vi.fn(),
}))
vi.mock('../../../db/exports/render-export', () => ({
  exportModelFor: state.model,
  defaultFileName: (model: { head: { fileBaseName: string } }, format: string) =>
    `${model.head.fileBaseName}.${format}`,
}))
vi.mock('../../../db/exports/save-export', () => ({ saveExport: state.save }))

let electron: Electron
beforeEach(async () => {
  electron = (await import('electron')) as unknown as Electron
  electron.resetFakeElectron()
})
afterEach(() => vi.restoreAllMocks())

const request = {
  meetingId: 'm1',
  document: 'verslag',
  variant: 'volledig',
  format: 'pdf',
  purpose: 'verslag aan de partners',
} as const

async function handler() {
  const { exportSaveHandlers } = await import('../../../electron/main/export/export-save-handler')
  const { PrintSession } = await import('../../../electron/main/export/print-session')
  const { PrintWindowRegistry } = await import('../../../electron/main/export/print-window-registry')
  const registry = new PrintWindowRegistry()
  const lockListeners: (() => void)[] = []
  const vault = { db: {}, onLock: (listener: () => void) => lockListeners.push(listener) } as never
  const printing = new PrintSession(
    {
      preloadPath: '/app/preload.cjs',
      isPackaged: true,
      baseUrl: 'app://tafelwerk/index.html',
      register: (window) => registry.register(window),
    },
    vault,
  )
  const handlers = exportSaveHandlers({
    vault,
    mainWindow: () => null,
    documentsFolder: () => '/home/secretaris/Documenten',
    printing,
  })
  return { save: handlers['export:save'], registry, lock: () => lockListeners.forEach((listener) => listener()) }
}

describe('export:save in main', () => {
  it('refuses an empty meeting before any dialog or window opens', async () => {
    state.model.mockRejectedValueOnce(Object.assign(new Error('leeg'), { code: 'EXPORT_EMPTY' }))
    const { save } = await handler()
    await expect(save(request)).rejects.toMatchObject({ code: 'EXPORT_EMPTY' })
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(electron.BrowserWindow.instances).toHaveLength(0)
  })

  it('proposes "Verslag OMT D 2026-03-12.pdf" in Documents and writes nothing when cancelled', async () => {
    state.model.mockResolvedValueOnce({ head: { fileBaseName: 'Verslag OMT D 2026-03-12' } })
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true })
    const { save } = await handler()
    await expect(save(request)).resolves.toEqual({ saved: false })
    const options = electron.dialog.showSaveDialog.mock.calls[0]?.[0] as {
      defaultPath: string
      filters: unknown[]
      properties: string[]
    }
    expect(options.defaultPath).toBe('/home/secretaris/Documenten/Verslag OMT D 2026-03-12.pdf')
    expect(options.filters).toEqual([{ name: 'PDF-document', extensions: ['pdf'] }])
    // The export's name stays out of the OS's recent documents.
    expect(options.properties).toContain('dontAddToRecent')
    expect(state.save).not.toHaveBeenCalled()
  })

  it('prints through a hidden, sandboxed window that it registers, reuses, and destroys when the vault locks', async () => {
    state.model.mockResolvedValue({ head: { fileBaseName: 'Verslag OMT D 2026-03-12' } })
    electron.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: '/home/secretaris/Documenten/verslag.pdf',
    })
    const { save, registry, lock } = await handler()
    let seenWhilePrinting: number | null = null
    state.save.mockImplementation(
      async (
        _db: unknown,
        _model: unknown,
        _request: unknown,
        target: string,
        printer: { print(route: string, token: string, options: { tagged: boolean }): Promise<Uint8Array> },
      ) => {
        const window = (): InstanceType<Electron['BrowserWindow']> => {
          const found = electron.BrowserWindow.instances[0]
          if (!found) throw new Error('no window')
          return found
        }
        electron.FakeWebContents.scriptResult = 'ready:j1.1'
        const pdf = await printer.print('afdruk/verslag/m1?variant=volledig&opdracht=j1&pass=1', 'j1.1', {
          tagged: true,
        })
        seenWhilePrinting = registry.live().length
        expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4')
        expect(window().loadURL).toHaveBeenCalledWith(
          'app://tafelwerk/index.html#/afdruk/verslag/m1?variant=volledig&opdracht=j1&pass=1',
        )
        expect(window().webContents.printToPDF).toHaveBeenCalledWith({
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        })
        return { saved: true, fileName: target, record: {} }
      },
    )
    await save(request)
    const [window] = electron.BrowserWindow.instances
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/app/preload.cjs' },
    })
    expect(seenWhilePrinting).toBe(1)
    // A second export reuses the window: no new window, no reload.
    await save(request)
    expect(electron.BrowserWindow.instances).toHaveLength(1)
    expect(window?.loadURL).toHaveBeenCalledOnce()
    expect(window?.webContents.executeJavaScript).toHaveBeenCalledWith(
      'window.location.hash = "#/afdruk/verslag/m1?variant=volledig&opdracht=j1&pass=1"',
    )
    expect(window?.destroy).not.toHaveBeenCalled()
    lock()
    expect(window?.destroy).toHaveBeenCalledOnce()
    state.save.mockReset()
  })

  it('turns a view that reports an error into that error, and a view that never gets ready into EXPORT_FAILED', async () => {
    const { PrintWindowPrinter, waitForStateScript } = await import('../../../electron/main/export/print-window')
    const printer = new PrintWindowPrinter({
      preloadPath: '/p',
      isPackaged: true,
      baseUrl: 'app://tafelwerk/index.html',
      register: () => () => undefined,
    })
    electron.FakeWebContents.scriptResult = 'error:j2.1:VAULT_LOCKED'
    await expect(
      printer.print('afdruk/verslag/m1?variant=volledig&opdracht=j2&pass=1', 'j2.1', { tagged: false }),
    ).rejects.toMatchObject({ code: 'VAULT_LOCKED' })
    expect(waitForStateScript('j2.2')).toContain('"error:j2.2:" + \'EXPORT_FAILED\'')
    printer.close()
  })
})
