/** The presenter's stopwatch: started, paused and reset by hand; times in milliseconds. */
export interface TimerState {
  /** When the running stretch began, or null while paused. */
  startedAt: number | null
  /** Time from the stretches before. */
  carried: number
}

export const timerAtZero: TimerState = { startedAt: null, carried: 0 }

export const elapsedMs = (timer: TimerState, now: number): number =>
  timer.carried + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt))

export const startTimer = (timer: TimerState, now: number): TimerState =>
  timer.startedAt === null ? { ...timer, startedAt: now } : timer

export const pauseTimer = (timer: TimerState, now: number): TimerState =>
  timer.startedAt === null ? timer : { startedAt: null, carried: elapsedMs(timer, now) }

const two = (value: number) => String(value).padStart(2, '0')

/** "07:05", or "1:02:09" past the hour. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = seconds % 60
  return hours > 0 ? `${String(hours)}:${two(minutes)}:${two(rest)}` : `${two(minutes)}:${two(rest)}`
}

/** What a screen reader says for the time on demand: "7 minuten en 5 seconden". */
export function spokenElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  const part = (count: number, one: string, many: string) => `${String(count)} ${count === 1 ? one : many}`
  return `${part(minutes, 'minuut', 'minuten')} en ${part(rest, 'seconde', 'seconden')}`
}
