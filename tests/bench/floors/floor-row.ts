import { performance } from 'node:perf_hooks'
import type { SqliteDatabase } from '../../../db/vault/open-database'
import { summarize } from '../measure'
import { type LogShape, logFloor as makeLogFloor } from './log-floor'

/** One of issue 14's budgets: an absolute limit on the median or p95, and a limit on the ratio where it names one. */
export interface Budget {
  text: string
  limit_ms: number
  on: 'median' | 'p95'
  ratio?: number
}

/** The same data access by hand-written SQL, prepared once per connection, then run per run. */
export type Floor = (sqlite: SqliteDatabase, which: 'plain' | 'cipher') => (run: number) => unknown

export interface Operation {
  name: string
  budget: Budget
  runs: number
  /** The real thing: through the dispatcher (parse, handler, output parse, processing-log append). */
  ours: (run: number) => Promise<unknown>
  /** The handler alone and the log append alone, for reads: where the time over the floor goes. */
  handler?: (run: number) => Promise<unknown>
  log?: (run: number) => unknown
  floor: Floor | { none: string }
  /**
   * For reads: what the dispatcher's log append writes per call. A read
   * whose reading must be logged before the answer leaves costs at least its
   * floor plus one commit of those log rows (log-floor.ts), timed beside it:
   * logged_floor_ms and logged_ratio.
   */
  logShape?: LogShape
  /** The contract's output parse alone, for reads. */
  parse?: (run: number) => unknown
  warmup?: number
  extra?: Record<string, unknown>
}

export interface FloorRow {
  name: string
  median_ms: number
  p95_ms: number
  floor_ms: number | null
  cipher_floor_ms: number | null
  ratio: number | null
  runs: number
  [extra: string]: unknown
}

const round2 = (value: number) => Math.round(value * 100) / 100

async function timed(work: () => unknown, into: number[]): Promise<void> {
  const start = performance.now()
  await work()
  into.push(performance.now() - start)
}

/**
 * Times an operation and its floors interleaved, run by run (ours, handler,
 * log, floor, cipher floor), so a burst of load on this shared machine falls
 * on all of them alike and the ratio stays readable where an absolute time
 * would not. ratio = median / floor median (medians: the p95 of a few dozen
 * runs is one unlucky run). Prints one JSON line.
 */
export async function measureRow(
  operation: Operation,
  plain: SqliteDatabase,
  cipher: SqliteDatabase,
  print = true,
): Promise<FloorRow> {
  const floors =
    'none' in operation.floor
      ? null
      : { plain: operation.floor(plain, 'plain'), cipher: operation.floor(cipher, 'cipher') }
  const logFloor = operation.logShape ? makeLogFloor(plain, operation.logShape) : null
  const times = {
    ours: [] as number[],
    handler: [] as number[],
    parse: [] as number[],
    log: [] as number[],
    logFloor: [] as number[],
    plain: [] as number[],
    cipher: [] as number[],
  }
  const warmup = operation.warmup ?? Math.min(3, operation.runs)
  for (let run = -warmup; run < operation.runs; run++) {
    // Warm-up runs use the first runs' inputs too: the timed runs then start from a warm cache.
    const input = run < 0 ? run + warmup : run
    const sink = run < 0 ? [] : null
    await timed(() => operation.ours(input), sink ?? times.ours)
    if (operation.handler) await timed(() => operation.handler?.(input), sink ?? times.handler)
    if (operation.parse) await timed(() => operation.parse?.(input), sink ?? times.parse)
    if (operation.log) await timed(() => operation.log?.(input), sink ?? times.log)
    if (logFloor) await timed(() => logFloor(), sink ?? times.logFloor)
    if (floors) {
      await timed(() => floors.plain(input), sink ?? times.plain)
      await timed(() => floors.cipher(input), sink ?? times.cipher)
    }
  }
  const ours = summarize(times.ours)
  const floor = floors ? summarize(times.plain) : null
  const cipherFloor = floors ? summarize(times.cipher) : null
  const row: FloorRow = {
    name: operation.name,
    median_ms: ours.median_ms,
    p95_ms: ours.p95_ms,
    floor_ms: floor?.median_ms ?? null,
    cipher_floor_ms: cipherFloor?.median_ms ?? null,
    ratio: floor ? round2(ours.median_ms / floor.median_ms) : null,
    runs: ours.runs,
    max_ms: ours.max_ms,
    ...(floor && cipherFloor
      ? {
          floor_p95_ms: floor.p95_ms,
          cipher_floor_p95_ms: cipherFloor.p95_ms,
          // What the cipher costs, and what our layers cost on top of the encrypted file.
          cipher_ratio: round2(cipherFloor.median_ms / floor.median_ms),
          layers_ratio: round2(ours.median_ms / cipherFloor.median_ms),
        }
      : { floor_none: 'none' in operation.floor ? operation.floor.none : null }),
    ...(operation.handler ? { handler_median_ms: summarize(times.handler).median_ms } : {}),
    ...(operation.parse ? { output_parse_median_ms: summarize(times.parse).median_ms } : {}),
    ...(operation.log ? { log_append_median_ms: summarize(times.log).median_ms } : {}),
    ...(logFloor && floor
      ? loggedFloor(ours.median_ms, floor.median_ms, summarize(times.logFloor).median_ms, operation.logShape)
      : {}),
    budget: operation.budget.text,
    ...operation.extra,
  }
  row['pass'] = passes(row, operation.budget)
  if (print) console.log(JSON.stringify(row))
  return row
}

function loggedFloor(median: number, floor: number, logFloor: number, shape: LogShape | undefined) {
  const logged = Math.round((floor + logFloor) * 1000) / 1000
  return {
    log_entries: shape?.entries,
    log_records: shape?.records,
    log_floor_ms: logFloor,
    logged_floor_ms: logged,
    logged_ratio: round2(median / logged),
  }
}

export function passes(row: FloorRow, budget: Budget): boolean {
  const measured = budget.on === 'p95' ? row.p95_ms : row.median_ms
  const withinRatio = budget.ratio === undefined || (row.ratio !== null && row.ratio <= budget.ratio)
  return measured < budget.limit_ms && withinRatio
}
