import type { Measurement } from '../measure'
import type { FloorRow } from './floor-row'

/**
 * The renderer's lines (renderer.bench.ts, in Chromium) as rows of the
 * one-run table: no SQL floor applies to painting, so floor and ratio are
 * empty and the budget is on the time itself.
 */
const BUDGETED: { line: string; row: string; budget: string; met: (line: Measurement) => boolean }[] = [
  {
    line: 'renderer.case-list.interactive',
    row: 'renderer-interactive-5000-cases',
    budget: '< 1 s (p95)',
    met: (line) => line.p95_ms < 1000,
  },
  {
    line: 'renderer.case-list.scroll.frame',
    row: 'renderer-scroll-5000-rows (frames)',
    budget: 'no long task > 50 ms',
    met: (line) => line['budget_met'] === true,
  },
  {
    line: 'renderer.typing.search.result',
    row: 'renderer-search-typing-to-paint',
    budget: 'p95 < 100 ms',
    met: (line) => line.p95_ms < 100,
  },
  {
    line: 'renderer.typing.case-list-filter.result',
    row: 'renderer-case-filter-typing-to-paint',
    budget: 'p95 < 100 ms',
    met: (line) => line.p95_ms < 100,
  },
]

export function rendererRows(lines: Measurement[]): FloorRow[] {
  return BUDGETED.flatMap(({ line: name, row, budget, met }) => {
    const line = lines.find((candidate) => candidate.name === name)
    if (!line) return []
    return [
      {
        name: row,
        median_ms: line.median_ms,
        p95_ms: line.p95_ms,
        floor_ms: null,
        cipher_floor_ms: null,
        ratio: null,
        runs: line.runs,
        budget,
        pass: met(line),
      },
    ]
  })
}
