import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'

export interface MainThreadTask {
  /** Wall time of the task on the renderer's main thread. */
  wall_ms: number
  /** CPU time the thread got during it: on a loaded machine far less than the wall time. */
  cpu_ms: number
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

const round = (ms: number) => Math.round(ms * 10) / 10

/**
 * Runs `work` under a Chromium trace and returns the renderer main thread's
 * tasks (RunTask) longer than `overMs` of wall time, each with the CPU time
 * the thread actually had in it (the trace's thread duration). A long task
 * with little CPU time is the machine's load (the thread waited for a core),
 * not the page's work.
 */
export async function tracedMainThreadTasks<T>(
  browser: Browser,
  page: Page,
  overMs: number,
  work: () => Promise<T>,
): Promise<{ value: T; tasks: MainThreadTask[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-trace-'))
  const path = join(folder, 'trace.json')
  try {
    await browser.startTracing(page, { path, categories: ['disabled-by-default-devtools.timeline', '__metadata'] })
    const value = await work()
    await browser.stopTracing()
    const { traceEvents } = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }
    const mainThreads = new Set(
      traceEvents
        .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
        .map((event) => `${String(event.pid)}:${String(event.tid)}`),
    )
    const tasks = traceEvents.filter(
      (event) =>
        event.ph === 'X' &&
        event.name === 'RunTask' &&
        mainThreads.has(`${String(event.pid)}:${String(event.tid)}`) &&
        (event.dur ?? 0) / 1000 > overMs,
    )
    return {
      value,
      tasks: tasks.map((task) => ({ wall_ms: round((task.dur ?? 0) / 1000), cpu_ms: round((task.tdur ?? 0) / 1000) })),
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
