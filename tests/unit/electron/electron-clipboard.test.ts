import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronSecretClipboard, osClipboardFormat } from '../../../electron/main/clipboard/electron-clipboard'
import { historyMarkers } from '../../../electron/main/clipboard/history-markers'
import { ClipboardItem, clipboard, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const KEY = 'f'.repeat(64)
const bytesOf = async (payload: unknown) => [...new Uint8Array(await (payload as Blob).arrayBuffer())]

describe('the history markers per OS', () => {
  it('asks Windows history, cloud sync and monitors to skip the copy, with a DWORD 0 where Windows reads one', () => {
    const markers = historyMarkers('win32')
    expect(Object.keys(markers).sort()).toEqual([
      'CanIncludeInClipboardHistory',
      'CanUploadToCloudClipboard',
      'Clipboard Viewer Ignore',
      'ExcludeClipboardContentFromMonitorProcessing',
    ])
    expect([...(markers.CanIncludeInClipboardHistory ?? [])]).toEqual([0, 0, 0, 0])
    expect([...(markers.CanUploadToCloudClipboard ?? [])]).toEqual([0, 0, 0, 0])
  })

  it('marks the copy concealed on macOS and a secret for KDE on Linux', () => {
    expect(Object.keys(historyMarkers('darwin'))).toEqual(['org.nspasteboard.ConcealedType'])
    expect(new TextDecoder().decode(historyMarkers('linux')['x-kde-passwordManagerHint'])).toBe('secret')
  })

  it('writes nothing extra where no convention is known', () => {
    expect(historyMarkers('aix')).toEqual({})
  })
})

describe("Electron's clipboard for secrets", () => {
  beforeEach(resetFakeElectron)

  for (const platform of ['win32', 'darwin', 'linux'] as const) {
    it(`writes the text and the ${platform} markers in one item, in one write, so neither replaces the other`, async () => {
      await electronSecretClipboard(platform).writeSecret(KEY)
      expect(clipboard.write).toHaveBeenCalledOnce()
      expect(clipboard.writeText).not.toHaveBeenCalled()
      const [items] = clipboard.write.mock.calls[0] ?? []
      expect(items).toHaveLength(1)
      expect(items?.[0]).toBeInstanceOf(ClipboardItem)
      const item = items?.[0] as ClipboardItem
      const markers = historyMarkers(platform)
      expect(item.types.sort()).toEqual(['text/plain', ...Object.keys(markers).map(osClipboardFormat)].sort())
      expect(item.items['text/plain']).toBe(KEY)
      for (const [name, bytes] of Object.entries(markers))
        expect(await bytesOf(item.items[osClipboardFormat(name)]), name).toEqual([...bytes])
      expect(await clipboard.readText()).toBe(KEY)
    })
  }

  it('names raw formats as Electron expects them', () => {
    expect(osClipboardFormat('x-kde-passwordManagerHint')).toBe(
      'electron application/osclipboard;format="x-kde-passwordManagerHint"',
    )
  })

  it('reads and clears the system clipboard', async () => {
    const target = electronSecretClipboard('linux')
    await target.writeSecret(KEY)
    expect(await target.readText()).toBe(KEY)
    target.clear()
    expect(clipboard.clear).toHaveBeenCalledOnce()
    expect(await target.readText()).toBe('')
  })
})
