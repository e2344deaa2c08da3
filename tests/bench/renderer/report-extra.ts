import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'

/** The load this figure was measured under: the bench machines are shared, and the figures say so. */
export function conditions(): { loadavg: string; cores: number } {
  let loadavg = 'unknown'
  try {
    loadavg = readFileSync('/proc/loadavg', 'utf8').trim()
  } catch {
    // Not Linux: the field says so.
  }
  return { loadavg, cores: cpus().length }
}

/** The fields every renderer line carries: no SQL floor applies to a browser timing, so those are null. */
export function rendererExtra(note: string, budget: Record<string, unknown>): Record<string, unknown> {
  return { floor_ms: null, cipher_floor_ms: null, ratio: null, ...budget, note, ...conditions() }
}
