import { describe, expect, test } from 'vitest'
import {
  elapsedMs,
  formatElapsed,
  pauseTimer,
  spokenElapsed,
  startTimer,
  timerAtZero,
} from '../../../renderer/src/district-report/present/presenter-timer'

describe('the presenter’s timer', () => {
  test('counts only while running, and carries the time over a pause', () => {
    const started = startTimer(timerAtZero, 1_000)
    expect(elapsedMs(started, 61_000)).toBe(60_000)
    const paused = pauseTimer(started, 61_000)
    expect(elapsedMs(paused, 500_000)).toBe(60_000)
    const again = startTimer(paused, 500_000)
    expect(elapsedMs(again, 505_000)).toBe(65_000)
    // Starting a running timer or pausing a paused one changes nothing.
    expect(startTimer(again, 600_000)).toBe(again)
    expect(pauseTimer(paused, 600_000)).toBe(paused)
  })

  test('reads as minutes and seconds, with hours past the hour', () => {
    expect(formatElapsed(0)).toBe('00:00')
    expect(formatElapsed(425_999)).toBe('07:05')
    expect(formatElapsed(3_729_000)).toBe('1:02:09')
    expect(spokenElapsed(425_000)).toBe('7 minuten en 5 seconden')
    expect(spokenElapsed(61_000)).toBe('1 minuut en 1 seconde')
  })
})
