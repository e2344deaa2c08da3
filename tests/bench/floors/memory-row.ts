import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { FloorRow } from './floor-row'

const MB = 1024 * 1024
const round = (bytes: number) => Math.round((bytes / MB) * 10) / 10

/**
 * Memory of a process holding the scale vault (memory-child.ts, its own
 * process), and for comparison this bench process's own figures, which
 * include the generator's leftovers and the floor connections' caches.
 * The vault is locked while the child has it.
 */
export function memoryRow(folder: string): FloorRow {
  const child = fileURLToPath(new URL('./memory-child.ts', import.meta.url))
  const output = execFileSync(process.execPath, ['--import', 'tsx', child, folder], { encoding: 'utf8' })
  const usage = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as NodeJS.MemoryUsage
  const own = process.memoryUsage()
  const row: FloorRow = {
    name: 'memory-process-holding-scale-vault',
    median_ms: Number.NaN,
    p95_ms: Number.NaN,
    floor_ms: null,
    cipher_floor_ms: null,
    ratio: null,
    runs: 1,
    rss_mb: round(usage.rss),
    heap_used_mb: round(usage.heapUsed),
    heap_total_mb: round(usage.heapTotal),
    external_mb: round(usage.external),
    bench_process_rss_mb: round(own.rss),
    bench_process_heap_used_mb: round(own.heapUsed),
    floor_none: 'a size, not a time; the budget is absolute',
    budget: 'RSS < 300 MB',
  }
  row['pass'] = usage.rss < 300 * MB
  console.log(JSON.stringify(row))
  return row
}
