import type { RoutePrinter } from '../../../db/exports/print-pdf'
import type { Vault } from '../../../db/vault/vault'
import { PrintWindowPrinter, type PrintWindowOptions } from './print-window'

/** A print window unused this long is closed: it holds a renderer and the last document in memory. */
export const PRINT_WINDOW_IDLE_MS = 3 * 60_000

/**
 * The one hidden print window every export shares (minutes, agenda, the
 * district report), and the queue that lets one export at a time use it.
 * The window goes when the vault locks or after a few idle minutes.
 */
export class PrintSession {
  private readonly printer: PrintWindowPrinter
  private idle: ReturnType<typeof setTimeout> | null = null
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: PrintWindowOptions, vault: Pick<Vault, 'onLock'>) {
    this.printer = new PrintWindowPrinter(options)
    vault.onLock(() => this.printer.close())
  }

  /** Runs one export after the ones before it; the idle clock starts again when it ends. */
  run<T>(job: (printer: RoutePrinter) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      if (this.idle) clearTimeout(this.idle)
      try {
        return await job(this.printer)
      } finally {
        this.idle = setTimeout(() => this.printer.close(), PRINT_WINDOW_IDLE_MS)
      }
    })
    this.queue = run.catch(() => undefined)
    return run
  }
}
