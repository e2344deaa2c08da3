import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readBackupSettings, writeBackupSettings } from '../../../db/backup/backup-settings'
import type * as FakeElectron from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

type Electron = typeof FakeElectron

// The file itself is read by restore-session.ts, tested with real back-ups in tests/integration; here only what main hands it.
const state = vi.hoisted(() => ({ choose: vi.fn() }))
vi.mock('../../../db/backup/restore-session', () => ({ restoreSessionFor: () => ({ choose: state.choose }) }))

let electron: Electron
let vaultFolder: string
beforeEach(async () => {
  electron = (await import('electron')) as unknown as Electron
  electron.resetFakeElectron()
  vaultFolder = mkdtempSync(join(tmpdir(), 'tafelwerk-backup-dialog-'))
})
afterEach(() => {
  rmSync(vaultFolder, { recursive: true, force: true })
})

/** The settings file beside a vault folder is real; the vault is only its folder, which is all these handlers use. */
async function handlers(parent: InstanceType<Electron['BrowserWindow']> | null = null) {
  const { backupDialogHandlers } = await import('../../../electron/main/backup/backup-dialog-handler')
  const vault = { files: { folder: vaultFolder } } as never
  return backupDialogHandlers({ vault, mainWindow: () => parent as never })
}

const folderDialog = {
  title: 'Map voor back-ups kiezen',
  buttonLabel: 'Kiezen',
  properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
}
const fileDialog = {
  title: 'Back-up kiezen',
  filters: [{ name: 'Tafelwerk-back-up', extensions: ['tafelbackup'] }],
  properties: ['openFile', 'dontAddToRecent'],
}

describe('backup:choose-folder in main', () => {
  it('keeps the picked folder beside the vault and answers it, with the dialog on the main window', async () => {
    const window = new electron.BrowserWindow({})
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/back-ups'] })
    const answer = await (await handlers(window))['backup:choose-folder']({})
    expect(answer).toEqual({ folder: '/media/usb/back-ups' })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, folderDialog)
    expect(readBackupSettings(vaultFolder).folder).toBe('/media/usb/back-ups')
  })

  it('answers null on cancel and keeps the folder chosen before', async () => {
    writeBackupSettings(vaultFolder, { folder: '/media/usb/oud', lastBackupAt: '2026-11-30T09:00:00.000Z' })
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    const answer = await (await handlers())['backup:choose-folder']({})
    expect(answer).toEqual({ folder: null })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(folderDialog)
    expect(readBackupSettings(vaultFolder)).toEqual({
      folder: '/media/usb/oud',
      lastBackupAt: '2026-11-30T09:00:00.000Z',
    })
  })
})

describe('restore:choose-file in main', () => {
  it('opens in the back-up folder and hands the picked file to the restore session', async () => {
    const backups = join(vaultFolder, 'usb')
    mkdirSync(backups)
    writeBackupSettings(vaultFolder, { folder: backups, lastBackupAt: null })
    const picked = { picked: true, fileName: 'tafelwerk-back-up.tafelbackup', createdAt: '2026-12-01T10:00:00.000Z' }
    state.choose.mockReturnValueOnce(picked)
    const file = join(backups, 'tafelwerk-back-up.tafelbackup')
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    await expect((await handlers())['restore:choose-file']({})).resolves.toBe(picked)
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith({ ...fileDialog, defaultPath: backups })
    expect(state.choose).toHaveBeenCalledExactlyOnceWith(file)
  })

  it('answers not picked on cancel, and leaves the default to the dialog without a back-up folder', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    await expect((await handlers())['restore:choose-file']({})).resolves.toEqual({ picked: false })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(fileDialog)
    expect(state.choose).not.toHaveBeenCalled()
  })

  it('proposes no folder that is not there (a stick not plugged in)', async () => {
    writeBackupSettings(vaultFolder, { folder: join(vaultFolder, 'weg'), lastBackupAt: null })
    await (await handlers())['restore:choose-file']({})
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(fileDialog)
  })
})
