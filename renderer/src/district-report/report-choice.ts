import { ReportPeriod } from '../../../shared/contract/district-report.contract'
import type { ReportOptions } from '../../../shared/contract/district-report.contract'
import { todayIso } from '../../../shared/domain/iso-date'
import {
  asHalfYear,
  halfYear,
  halfYearOf,
  periodLabel,
  type ReportPeriod as Period,
  type ReportScope,
  scopeKey,
} from '../../../shared/domain/report-period'

/** The period field's value for "own dates". */
export const CUSTOM_PERIOD = 'eigen'

const halfValue = (year: number, half: 1 | 2) => `${String(year)}-H${String(half)}`

/**
 * The half-years the period field offers, newest first: from the one running
 * now (it has begun, so it is no future period) back to the one of the
 * vault's first registration, or four years back in a vault without any.
 */
export function halfYearChoices(
  earliest: string | null,
  today: string = todayIso(),
): { value: string; label: string }[] {
  const current = halfYearOf(today)
  const first = halfYearOf(earliest ?? `${String(current.year - 4)}-01-01`)
  const choices: { value: string; label: string }[] = []
  for (let year = current.year; year >= first.year; year--) {
    for (const half of [2, 1] as const) {
      if (year === current.year && half > current.half) continue
      if (year === first.year && half < first.half) continue
      const running = year === current.year && half === current.half
      choices.push({
        value: halfValue(year, half),
        label: `${periodLabel(halfYear(year, half))}${running ? ' (loopt nog)' : ''}`,
      })
    }
  }
  return choices
}

/** The period field's value for a period: its half-year, or own dates when it is no exact half-year. */
export function choiceOf(period: Period): string {
  const half = asHalfYear(period)
  return half ? halfValue(half.year, half.half) : CUSTOM_PERIOD
}

/** The half-year a choice names; null for own dates or a value it does not know. */
export function periodOfChoice(choice: string): Period | null {
  const match = /^(\d{4})-H([12])$/u.exec(choice)
  return match ? halfYear(Number(match[1]), match[2] === '1' ? 1 : 2) : null
}

export type PeriodCheck = { ok: true; period: Period } | { ok: false; errors: { from?: string; to?: string } }

/**
 * Own dates checked with the contract's own rule, so the message beside the
 * field is the one the vault would give (end before start, a future period,
 * a date that does not exist), and no question goes out that it would refuse.
 */
export function checkPeriod(from: string, to: string): PeriodCheck {
  const parsed = ReportPeriod.safeParse({ from, to })
  if (parsed.success) return { ok: true, period: parsed.data }
  const errors: { from?: string; to?: string } = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'to' ? 'to' : 'from'
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}

/** The scope field's value for a scope, and back. */
export const scopeValue = (scope: ReportScope): string => scopeKey(scope)

export function scopeOfValue(options: ReportOptions, value: string): ReportScope | null {
  return options.scopes.find((option) => scopeKey(option.scope) === value)?.scope ?? null
}
