import { clipboard, ClipboardItem } from 'electron'
import { historyMarkers } from './history-markers'
import type { SecretClipboardTarget } from './secret-clipboard'

/** Electron's name for a raw platform clipboard format. */
export const osClipboardFormat = (name: string): string => `electron application/osclipboard;format="${name}"`

/**
 * Electron's clipboard, writing the text and the OS's history markers as one
 * ClipboardItem in one `clipboard.write`, which commits them together. They
 * cannot be separate writes: every Electron clipboard write (writeText, the
 * older writeBuffer) is its own Chromium ScopedClipboardWriter, which empties
 * the clipboard before it commits, so a marker written after the text would
 * replace the text, and one written before it would be replaced.
 */
export function electronSecretClipboard(platform: NodeJS.Platform = process.platform): SecretClipboardTarget {
  const markers = Object.entries(historyMarkers(platform))
  return {
    writeSecret: (text) =>
      clipboard.write([
        new ClipboardItem({
          'text/plain': text,
          ...Object.fromEntries(markers.map(([name, bytes]) => [osClipboardFormat(name), new Blob([bytes])])),
        }),
      ]),
    readText: () => clipboard.readText(),
    clear: () => clipboard.clear(),
  }
}
