import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FakeElectron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

type Electron = typeof FakeElectron

const state = vi.hoisted(() => ({ report: vi.fn(), save: vi.fn(), model: vi.fn(), saveMinutes: vi.fn() }))
vi.mock('../../../db/exports/district-report/report-for-export', () => ({ reportForExport: state.report }))
vi.mock('../../../db/exports/district-report/save-report-export', () => ({ saveReportExport: state.save }))
vi.mock('../../../db/exports/render-export', () => ({
  exportModelFor: state.model,
  defaultFileName: () => 'Verslag OMT D 2026-03-12.pdf',
}))
vi.mock('../../../db/exports/save-export', () => ({ saveExport: state.saveMinutes }))

let electron: Electron
beforeEach(async () => {
  electron = (await import('electron')) as unknown as Electron
  electron.resetFakeElectron()
})
afterEach(() => vi.restoreAllMocks())

const report = { scopeLabel: 'District D (Delft en Westland)', period: { from: '2026-01-01', to: '2026-06-30' } }
const request = (format: 'slides-pdf' | 'csv' | 'package') =>
  ({ scope: { kind: 'district', districtId: 'd1' }, period: { from: '2026-01-01', to: '2026-06-30' }, format }) as const

async function handler() {
  const { reportSaveHandlers } = await import('../../../electron/main/export/report-save-handler')
  const { PrintSession } = await import('../../../electron/main/export/print-session')
  const vault = { db: {}, onLock: () => undefined } as never
  const printing = new PrintSession(
    { preloadPath: '/p', isPackaged: true, baseUrl: 'app://tafelwerk/index.html', register: () => () => undefined },
    vault,
  )
  return reportSaveHandlers({ vault, mainWindow: () => null, documentsFolder: () => '/home/am/Documenten', printing })[
    'districtReport:save'
  ]
}

const dialogOptions = () =>
  electron.dialog.showSaveDialog.mock.calls.at(-1)?.[0] as { defaultPath: string; filters: unknown[]; title: string }

describe('districtReport:save in main', () => {
  it('refuses an empty report before any dialog opens', async () => {
    state.report.mockRejectedValueOnce(Object.assign(new Error('leeg'), { code: 'REPORT_EMPTY' }))
    const save = await handler()
    await expect(save(request('slides-pdf'))).rejects.toMatchObject({ code: 'REPORT_EMPTY' })
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(state.save).not.toHaveBeenCalled()
  })

  it.each([
    ['slides-pdf', 'Voortgang District D (Delft en Westland) 2026 H1 - dia’s.pdf', 'pdf'],
    ['csv', 'Voortgang District D (Delft en Westland) 2026 H1.csv', 'csv'],
    ['package', 'Voortgang District D (Delft en Westland) 2026 H1.tafelrapport', 'tafelrapport'],
  ] as const)(
    'proposes the %s under its name and extension, and writes nothing when cancelled',
    async (format, name, extension) => {
      state.report.mockResolvedValueOnce(report)
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true })
      const save = await handler()
      await expect(save(request(format))).resolves.toEqual({ saved: false })
      expect(dialogOptions().defaultPath).toBe(`/home/am/Documenten/${name}`)
      expect(dialogOptions().filters).toEqual([{ name: expect.any(String) as string, extensions: [extension] }])
      expect(dialogOptions().title).toBe('Rapport exporteren')
      expect(state.save).not.toHaveBeenCalled()
    },
  )

  it('writes where the user chose, with the print window as printer', async () => {
    state.report.mockResolvedValueOnce(report)
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/am/rapport.pdf' })
    state.save.mockResolvedValueOnce({ saved: true, fileName: 'rapport.pdf' })
    const save = await handler()
    await expect(save(request('slides-pdf'))).resolves.toEqual({ saved: true, fileName: 'rapport.pdf' })
    const [savedReport, savedRequest, target, printer] = state.save.mock.calls[0] as unknown[]
    expect(savedReport).toBe(report)
    expect(savedRequest).toMatchObject({ format: 'slides-pdf' })
    expect(target).toBe('/home/am/rapport.pdf')
    expect(printer).toHaveProperty('print')
  })

  it('prints in the same hidden window as the minutes, one export after the other', async () => {
    const { exportSaveHandlers } = await import('../../../electron/main/export/export-save-handler')
    const { reportSaveHandlers } = await import('../../../electron/main/export/report-save-handler')
    const { PrintSession } = await import('../../../electron/main/export/print-session')
    const vault = { db: {}, onLock: () => undefined } as never
    const printing = new PrintSession(
      { preloadPath: '/p', isPackaged: true, baseUrl: 'app://tafelwerk/index.html', register: () => () => undefined },
      vault,
    )
    const options = { vault, mainWindow: () => null, documentsFolder: () => '/home/am/Documenten', printing }
    type Printer = { print(route: string, token: string, options: { tagged: boolean }): Promise<Uint8Array> }
    const order: string[] = []
    const printWith = (name: string, route: string, token: string) => async (printer: Printer) => {
      order.push(`${name} begint`)
      electron.FakeWebContents.scriptResult = `ready:${token}`
      await printer.print(route, token, { tagged: true })
      order.push(`${name} klaar`)
      return { saved: true, fileName: name }
    }
    state.model.mockResolvedValue({ head: { fileBaseName: 'Verslag' } })
    state.report.mockResolvedValue(report)
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/am/x.pdf' })
    state.saveMinutes.mockImplementationOnce(
      (_db: unknown, _model: unknown, _request: unknown, _target: string, printer: Printer) =>
        printWith('verslag', 'afdruk/verslag/m1?opdracht=j1&pass=1', 'j1.1')(printer),
    )
    state.save.mockImplementationOnce((_report: unknown, _request: unknown, _target: string, printer: Printer) =>
      printWith('dia’s', 'afdruk-rapport/dia?opdracht=j2', 'j2.1')(printer),
    )
    const minutes = exportSaveHandlers(options)['export:save']({
      meetingId: 'm1',
      document: 'verslag',
      variant: 'volledig',
      format: 'pdf',
      purpose: 'verslag aan de partners',
    })
    const slides = reportSaveHandlers(options)['districtReport:save'](request('slides-pdf'))
    await Promise.all([minutes, slides])
    expect(order).toEqual(['verslag begint', 'verslag klaar', 'dia’s begint', 'dia’s klaar'])
    expect(electron.BrowserWindow.instances).toHaveLength(1)
    expect(electron.BrowserWindow.instances[0]?.webContents.executeJavaScript).toHaveBeenCalledWith(
      'window.location.hash = "#/afdruk-rapport/dia?opdracht=j2"',
    )
  })
})
