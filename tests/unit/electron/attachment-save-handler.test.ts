import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FakeElectron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

type Electron = typeof FakeElectron

const state = vi.hoisted(() => ({ saveCopy: vi.fn() }))
vi.mock('../../../db/attachments/save-attachment', () => ({ saveAttachmentCopy: state.saveCopy }))

let electron: Electron
beforeEach(async () => {
  electron = (await import('electron')) as unknown as Electron
  electron.resetFakeElectron()
  // The real order of saveAttachmentCopy: read (not mocked here), then ask with the stored name.
  state.saveCopy.mockImplementation(
    async (_db: unknown, _id: string, ask: (name: string) => Promise<string | null>) => {
      const target = await ask('Plan van aanpak.pdf')
      return target ? { saved: true, fileName: target.split('/').pop() } : { saved: false }
    },
  )
})

async function save(id: string) {
  const { attachmentSaveHandlers } = await import('../../../electron/main/attachment/attachment-save-handler')
  const db = { marker: 'vault-db' }
  const handlers = attachmentSaveHandlers({
    vault: { db } as never,
    mainWindow: () => null,
    documentsFolder: () => '/home/secretaris/Documenten',
  })
  const result = await handlers['attachment:save']({ id, purpose: 'Stuk voor de politie' })
  return { result, db }
}

describe('attachment:save in main', () => {
  it('proposes the stored name in Documents, keeps its extension, and writes nothing when cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true })
    const { result, db } = await save('a1')
    expect(result).toEqual({ saved: false })
    expect(state.saveCopy).toHaveBeenCalledExactlyOnceWith(db, 'a1', expect.any(Function))
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      title: 'Bijlage opslaan',
      buttonLabel: 'Opslaan',
      defaultPath: '/home/secretaris/Documenten/Plan van aanpak.pdf',
      filters: [
        { name: 'PDF-bestand', extensions: ['pdf'] },
        { name: 'Alle bestanden', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    })
  })

  it('hands the chosen path to the vault-side copy', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/media/usb/plan.pdf' })
    const { result } = await save('a1')
    expect(result).toEqual({ saved: true, fileName: 'plan.pdf' })
  })

  it('offers all files for a name without an extension', async () => {
    const { attachmentFilters } = await import('../../../electron/main/attachment/attachment-save-handler')
    expect(attachmentFilters('LEESMIJ')).toEqual([{ name: 'Alle bestanden', extensions: ['*'] }])
    expect(attachmentFilters('foto.JPEG')).toEqual([
      { name: 'JPEG-bestand', extensions: ['JPEG'] },
      { name: 'Alle bestanden', extensions: ['*'] },
    ])
  })
})
