import type { BrowserWindow } from 'electron'

/** The hidden print windows alive now; the IPC sender check reads it. */
export class PrintWindowRegistry {
  private readonly windows = new Set<BrowserWindow>()

  register(window: BrowserWindow): () => void {
    this.windows.add(window)
    return () => {
      this.windows.delete(window)
    }
  }

  live(): BrowserWindow[] {
    return [...this.windows].filter((window) => !window.isDestroyed())
  }
}
