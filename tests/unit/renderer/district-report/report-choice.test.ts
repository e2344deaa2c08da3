import { describe, expect, test } from 'vitest'
import {
  checkPeriod,
  choiceOf,
  CUSTOM_PERIOD,
  halfYearChoices,
  periodOfChoice,
} from '../../../../renderer/src/district-report/report-choice'

describe('the period field', () => {
  test('offers the running half-year first, then back to the half-year of the first registration', () => {
    expect(halfYearChoices('2024-08-15', '2026-03-10')).toEqual([
      { value: '2026-H1', label: '2026 H1 (loopt nog)' },
      { value: '2025-H2', label: '2025 H2' },
      { value: '2025-H1', label: '2025 H1' },
      { value: '2024-H2', label: '2024 H2' },
    ])
  })

  test('an empty vault offers four years back', () => {
    const choices = halfYearChoices(null, '2026-09-01')
    expect(choices[0]?.value).toBe('2026-H2')
    expect(choices[choices.length - 1]?.value).toBe('2022-H1')
  })

  test('a half-year and its choice go both ways; other dates are own dates', () => {
    expect(choiceOf({ from: '2025-07-01', to: '2025-12-31' })).toBe('2025-H2')
    expect(periodOfChoice('2025-H2')).toEqual({ from: '2025-07-01', to: '2025-12-31' })
    expect(choiceOf({ from: '2025-07-01', to: '2025-11-30' })).toBe(CUSTOM_PERIOD)
    expect(periodOfChoice(CUSTOM_PERIOD)).toBeNull()
  })
})

describe('own dates are checked with the contract’s rule and its Dutch messages', () => {
  test('a valid period passes', () => {
    expect(checkPeriod('2025-02-01', '2025-05-31')).toEqual({
      ok: true,
      period: { from: '2025-02-01', to: '2025-05-31' },
    })
  })

  test('an end before the start is refused at the end date', () => {
    expect(checkPeriod('2025-05-01', '2025-04-01')).toEqual({
      ok: false,
      errors: { to: 'De einddatum ligt vóór de begindatum.' },
    })
  })

  test('a period in the future is refused at the start date', () => {
    expect(checkPeriod('2999-01-01', '2999-06-30')).toEqual({
      ok: false,
      errors: { from: 'Deze periode ligt in de toekomst. Kies een periode die al begonnen is.' },
    })
  })

  test('an empty or impossible date says what is wrong', () => {
    const empty = checkPeriod('', '2025-01-31')
    expect(empty.ok).toBe(false)
    expect(!empty.ok && empty.errors.from).toBe('Vul een datum in als jjjj-mm-dd.')
    const impossible = checkPeriod('2025-01-01', '2025-02-30')
    expect(!impossible.ok && impossible.errors.to).toBe('Deze datum bestaat niet. Controleer de dag en de maand.')
  })
})
