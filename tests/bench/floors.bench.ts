import { loadavg } from 'node:os'
import { benchExports } from './exports.bench'
import type { FloorRow } from './floors/floor-row'
import { runFloorSuite } from './floors/floor-suite'
import { markdownTable } from './floors/markdown-table'
import { rendererRows } from './floors/renderer-rows'
import { benchRenderer } from './renderer.bench'

const LOG_ENTRIES = Number(process.env['TAFELWERK_BENCH_LOG_ENTRIES'] ?? 1_000_000)
const RUNS = Number(process.env['TAFELWERK_BENCH_RUNS'] ?? 100)

/**
 * `npm run bench`: issue 14 in one run. The scale dataset (demo generator at
 * scale 1 plus 1,000,000 processing-log entries) generated once into an
 * encrypted vault; each budgeted operation through the real dispatcher beside
 * its floor (hand-written SQL on an unencrypted copy, plain SQLite) and its
 * cipher floor (the same SQL on the encrypted file); the minutes PDF through
 * Chromium; the renderer in Chromium; memory of a process holding the vault. JSON lines, then the table.
 */
export async function benchFloors(): Promise<void> {
  const started = new Date().toISOString()
  const { rows } = await runFloorSuite({
    scale: 1,
    logEntries: LOG_ENTRIES,
    runs: RUNS,
    unlockRuns: 5,
    reportRuns: 20,
    memory: true,
    print: true,
  })
  const { warmPdf, pages } = await benchExports()
  const pdf: FloorRow = {
    name: 'minutes-pdf-30-pages',
    median_ms: warmPdf.median_ms,
    p95_ms: warmPdf.p95_ms,
    floor_ms: null,
    cipher_floor_ms: null,
    ratio: null,
    runs: warmPdf.runs,
    pages,
    floor_none: "Chromium's layout and printing is the work itself; the vault reads under it are a few ms",
    budget: '< 1.5 s (median)',
    pass: warmPdf.median_ms < 1500,
  }
  console.log(JSON.stringify(pdf))
  // In Chromium through Playwright, on its own copy of the scale dataset (renderer.bench.ts).
  const renderer = rendererRows(await benchRenderer())
  const memory = rows.filter((row) => row.name.startsWith('memory'))
  const timed = rows.filter((row) => !row.name.startsWith('memory'))
  console.log(
    `\nStarted ${started}; load average at the end ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}.\n`,
  )
  console.log(markdownTable([...timed, pdf, ...renderer, ...memory]))
}
