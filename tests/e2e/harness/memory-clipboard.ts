import { historyMarkers } from '../../../electron/main/clipboard/history-markers'
import type { SecretClipboardTarget } from '../../../electron/main/clipboard/secret-clipboard'

/**
 * The system clipboard of the harness's "main process": in memory, because
 * the test must not touch the machine's own clipboard and the renderer may
 * not read it. The real SecretClipboard and the real `clipboard:copy-secret`
 * handler run on it (see tafelwerk-app.ts); only Electron's clipboard is
 * replaced. Like the OS clipboard, it outlives a restart of the app.
 */
export class MemoryClipboard implements SecretClipboardTarget {
  text = ''
  /** The formats the last write put there: the text and this OS's history markers. */
  formats: string[] = []

  writeSecret(text: string): Promise<void> {
    this.text = text
    this.formats = ['text/plain', ...Object.keys(historyMarkers(process.platform))]
    return Promise.resolve()
  }

  readText(): Promise<string> {
    return Promise.resolve(this.text)
  }

  clear(): void {
    this.text = ''
    this.formats = []
  }

  /** Plays the user copying something in another program. */
  copyElsewhere(text: string): void {
    this.text = text
    this.formats = ['text/plain']
  }
}
