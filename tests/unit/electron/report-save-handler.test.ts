import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FakeElectron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

type Electron = typeof FakeElectron

const state = vi.hoisted(() => ({ report: vi.fn(), save: vi.fn() }))
vi.mock('../../../db/exports/district-report/report-for-export', () => ({ reportForExport: state.report }))
vi.mock('../../../db/exports/district-report/save-report-export', () => ({ saveReportExport: state.save }))

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
})
