import { errorName } from '../log/safe-log'

/** Long enough to paste the key into a password manager; short enough not to linger. */
export const SECRET_CLIPBOARD_SECONDS = 30

/** The system clipboard as SecretClipboard uses it: Electron's in the app, an in-memory one in the e2e harness. */
export interface SecretClipboardTarget {
  /** Puts the text on the clipboard, marked for clipboard history and sync to leave out where the OS allows. */
  writeSecret(text: string): Promise<void>
  readText(): Promise<string>
  clear(): void
}

/**
 * A copied recovery key or data key leaves the clipboard again: after
 * SECRET_CLIPBOARD_SECONDS, or at once when the vault locks or the app quits.
 * Only if the clipboard still holds exactly what was copied: whatever the
 * user copied since (in any program) is theirs and stays. Copies and clears
 * run one after the other, so a lock during a copy clears that copy too, and
 * a clear never compares against a key that is still being written.
 */
export class SecretClipboard {
  readonly clearAfterSeconds: number
  private copied: string | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private queue: Promise<void> = Promise.resolve()
  private queued = 0

  constructor(
    private readonly target: SecretClipboardTarget,
    clearAfterSeconds = SECRET_CLIPBOARD_SECONDS,
  ) {
    this.clearAfterSeconds = clearAfterSeconds
  }

  /** Whether a key may still be on the clipboard, or a copy or clear is under way: a quit waits for this. */
  get pending(): boolean {
    return this.copied !== null || this.queued > 0
  }

  /** Rejects when the clipboard refused the text; the renderer then says the copy failed. */
  copy(text: string): Promise<void> {
    return this.serial(async () => {
      this.stopTimer()
      // From the start: should the write half-succeed, the clear still compares against this key.
      this.copied = text
      try {
        await this.target.writeSecret(text)
      } finally {
        this.timer = setTimeout(() => void this.clearIfOurs(), this.clearAfterSeconds * 1000)
      }
    })
  }

  /** Never rejects: a failing clear is logged by name, and the next copy or lock tries again. */
  clearIfOurs(): Promise<void> {
    return this.serial(async () => {
      this.stopTimer()
      const copied = this.copied
      this.copied = null
      if (copied === null) return
      if ((await this.target.readText()) === copied) this.target.clear()
    }).catch((error: unknown) => {
      console.error('[tafelwerk] klembord niet leeggemaakt', { errorName: errorName(error) })
    })
  }

  private serial(step: () => Promise<void>): Promise<void> {
    this.queued++
    const run = this.queue.then(step).finally(() => {
      this.queued--
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
