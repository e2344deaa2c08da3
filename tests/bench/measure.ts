import { performance } from 'node:perf_hooks'

export interface Measurement {
  name: string
  median_ms: number
  p95_ms: number
  max_ms: number
  runs: number
  [extra: string]: unknown
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? Number.NaN
}

/** Median, p95 and maximum of timings taken elsewhere, rounded to the microsecond. */
export function summarize(timings: number[]): { median_ms: number; p95_ms: number; max_ms: number; runs: number } {
  const sorted = [...timings].sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 1000) / 1000
  return {
    median_ms: round(percentile(sorted, 0.5)),
    p95_ms: round(percentile(sorted, 0.95)),
    max_ms: round(sorted.at(-1) ?? Number.NaN),
    runs: timings.length,
  }
}

/** Prints one JSON line for timings taken elsewhere: what was measured, not what was hoped for. */
export function report(name: string, timings: number[], extra: Record<string, unknown> = {}): Measurement {
  const result: Measurement = { name, ...summarize(timings), ...extra }
  console.log(JSON.stringify(result))
  return result
}

/**
 * Times `operation` `runs` times (after `warmup` untimed runs). `between`
 * runs untimed after each run: what happens in the pause before a user's
 * next action.
 */
export async function measure(
  name: string,
  runs: number,
  operation: (run: number) => unknown,
  extra: Record<string, unknown> = {},
  warmup = Math.min(3, runs),
  between: (run: number) => unknown = () => undefined,
): Promise<Measurement> {
  for (let run = 0; run < warmup; run++) await operation(run)
  const timings: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await operation(run)
    timings.push(performance.now() - start)
    await between(run)
  }
  return report(name, timings, extra)
}
