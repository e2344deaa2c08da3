import { performance } from 'node:perf_hooks'

const TICK_MS = 10

/**
 * The longest time the event loop could not run while `work` ran, as the
 * longest gap between ticks of a 10 ms timer (`monitorEventLoopDelay` missed
 * most of a synchronous SQLite statement here). In the app this is main's
 * event loop: for that long no IPC request is answered, the progress bar's
 * `backup:progress` included.
 */
export async function withLongestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now()
  let longest = 0
  const tick = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }
  const timer = setInterval(tick, TICK_MS)
  try {
    const value = await work()
    tick()
    return { value, stallMs: longest }
  } finally {
    clearInterval(timer)
  }
}
