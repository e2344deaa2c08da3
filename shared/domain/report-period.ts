import { todayIso } from './iso-date'

/** A period of the district report: both dates inclusive. */
export interface ReportPeriod {
  from: string
  to: string
}

/** "2026 H1": the first half-year runs January–June, the second July–December. */
export function halfYear(year: number, half: 1 | 2): ReportPeriod {
  const y = String(year).padStart(4, '0')
  return half === 1 ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` }
}

/** The half-year a date falls in. */
export function halfYearOf(isoDate: string): { year: number; half: 1 | 2 } {
  return { year: Number(isoDate.slice(0, 4)), half: Number(isoDate.slice(5, 7)) <= 6 ? 1 : 2 }
}

/** The last half-year that has fully ended before today: the report's default. */
export function lastFullHalfYear(today: string = todayIso()): { year: number; half: 1 | 2 } {
  const { year, half } = halfYearOf(today)
  return half === 2 ? { year, half: 1 } : { year: year - 1, half: 2 }
}

function previousHalf({ year, half }: { year: number; half: 1 | 2 }): { year: number; half: 1 | 2 } {
  return half === 2 ? { year, half: 1 } : { year: year - 1, half: 2 }
}

/** Whether a period is exactly one half-year. */
export function asHalfYear(period: ReportPeriod): { year: number; half: 1 | 2 } | null {
  const candidate = halfYearOf(period.from)
  const exact = halfYear(candidate.year, candidate.half)
  return exact.from === period.from && exact.to === period.to ? candidate : null
}

export function periodLabel(period: ReportPeriod): string {
  const half = asHalfYear(period)
  if (half) return `${String(half.year)} H${String(half.half)}`
  const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`
  return `${dutch(period.from)} t/m ${dutch(period.to)}`
}

/**
 * The report's columns: up to `count` full half-years before the period,
 * oldest first, then the period itself. Half-years that end before
 * `earliest` (the first registered case; null: there is none) hold nothing
 * and are left out.
 */
export function comparisonPeriods(period: ReportPeriod, earliest: string | null, count = 4): ReportPeriod[] {
  if (earliest === null) return [period]
  const columns: ReportPeriod[] = []
  // A custom period compares with the full half-years before the one it starts in.
  let cursor = previousHalf(halfYearOf(period.from))
  for (let i = 0; i < count; i++) {
    const candidate = halfYear(cursor.year, cursor.half)
    if (candidate.to < earliest) break
    columns.unshift(candidate)
    cursor = previousHalf(cursor)
  }
  return [...columns, period]
}

/** How a report is addressed: the whole region, one district, or one table. */
export type ReportScope =
  { kind: 'regio' } | { kind: 'district'; districtId: string } | { kind: 'tafel'; tableId: string }

/** The key speaker notes are kept under. */
export function scopeKey(scope: ReportScope): string {
  switch (scope.kind) {
    case 'regio':
      return 'regio'
    case 'district':
      return `district:${scope.districtId}`
    case 'tafel':
      return `tafel:${scope.tableId}`
  }
}

/**
 * The small-number rule's floors (issue 11, CBS practice): counts below
 * `minCount` show as "<5", medians and percentages need `minN` cases, amounts
 * `minContributors` cases. A setting may raise them, never lower them.
 */
export const SUPPRESSION_FLOOR = { minCount: 5, minN: 10, minContributors: 3 } as const
export type SuppressionThresholds = { minCount: number; minN: number; minContributors: number }
