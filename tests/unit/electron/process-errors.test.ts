import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { logProcessErrors } from '../../../electron/main/log/process-errors'

afterEach(() => {
  vi.restoreAllMocks()
})

/** Stands in for `process`: installing on the real one would catch the test runner's own errors. */
function fakeProcess() {
  const target = new EventEmitter()
  logProcessErrors(target)
  return target
}

describe('logProcessErrors', () => {
  it('logs only the name of an uncaught exception, never its message or stack', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const target = fakeProcess()
    const thrown = new TypeError('Cannot read properties of casus "Jansen, Dorpsstraat 4"')
    target.emit('uncaughtException', thrown)
    expect(error).toHaveBeenCalledExactlyOnceWith(expect.any(String), { errorName: 'TypeError' })
    expect(JSON.stringify(error.mock.calls)).not.toMatch(/Jansen|Dorpsstraat|at /u)
  })

  it('logs only the name of an unhandled rejection, or the type of a non-error reason', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const target = fakeProcess()
    const sqlite = Object.assign(new Error('UNIQUE constraint failed: subject.name = "Jansen"'), {
      name: 'SqliteError',
    })
    target.emit('unhandledRejection', sqlite, Promise.resolve())
    target.emit('unhandledRejection', '/home/jansen/tafelwerk.vault', Promise.resolve())
    expect(error.mock.calls.map((call): unknown => call[1])).toEqual([
      { errorName: 'SqliteError' },
      { errorName: 'string' },
    ])
    expect(JSON.stringify(error.mock.calls)).not.toContain('ansen')
  })

  it('listens to both events, so Electron shows no error dialog with the stack', () => {
    const target = fakeProcess()
    expect(target.listenerCount('uncaughtException')).toBe(1)
    expect(target.listenerCount('unhandledRejection')).toBe(1)
  })
})
