import type { FloorRow } from './floor-row'

const ms = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '–')

/**
 * The issue-14 table: one row per operation with its budget and whether it
 * was met; the renderer's rows (in Chromium) have no SQL floor. ratio is median over the bare
 * floor, which decides the result; beside it the ratio to the floor plus the
 * floor of the read's processing-log append (floor-row.ts).
 */
export function markdownTable(rows: FloorRow[]): string {
  const lines = [
    '| operation | median ms | p95 ms | floor ms | cipher floor ms | ratio | ratio incl. log floor | runs | budget | result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows.map((row) => {
      const median = row.name.startsWith('memory') ? `RSS ${String(row['rss_mb'])} MB` : ms(row.median_ms)
      return `| ${row.name} | ${median} | ${ms(row.p95_ms)} | ${ms(row.floor_ms)} | ${ms(row.cipher_floor_ms)} | ${ms(row.ratio)} | ${ms(row['logged_ratio'])} | ${String(row.runs)} | ${String(row['budget'])} | ${row['pass'] === true ? 'pass' : 'MISS'} |`
    }),
  ]
  return lines.join('\n')
}
