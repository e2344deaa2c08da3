import { afterEach, describe, expect, it, vi } from 'vitest'
import { logRenderProcessGone, logUnexpectedFailure } from '../../../electron/main/log/safe-log'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('safe logging', () => {
  it('logs only channel, error name and SQLite code of an unexpected failure', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const failure = {
      channel: 'partner:update',
      errorName: 'SqliteError',
      sqliteCode: 'SQLITE_FULL',
      message: 'Jansen',
    }
    logUnexpectedFailure(failure)
    expect(error).toHaveBeenCalledExactlyOnceWith(expect.any(String), {
      channel: 'partner:update',
      errorName: 'SqliteError',
      sqliteCode: 'SQLITE_FULL',
    })
  })

  it('logs only the reason a renderer process went away', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    logRenderProcessGone({ reason: 'crashed', exitCode: 139 })
    expect(error).toHaveBeenCalledExactlyOnceWith(expect.any(String), { reason: 'crashed' })
  })
})
