import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { refuseDownloads } from '../../../electron/main/security/refuse-downloads'
import { createFakeSession } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const download = () => ({ preventDefault: vi.fn() })

describe('refuseDownloads', () => {
  it('prevents every download of the session', () => {
    const session = createFakeSession()
    refuseDownloads(session as unknown as Session)
    const first = download()
    const second = download()
    session.emit('will-download', first, { getFilename: () => 'export.pdf' }, {})
    session.emit('will-download', second, { getFilename: () => 'virus.exe' }, {})
    expect(first.preventDefault).toHaveBeenCalledOnce()
    expect(second.preventDefault).toHaveBeenCalledOnce()
  })

  it('guards a session once, however often it is handed over', () => {
    const session = createFakeSession()
    refuseDownloads(session as unknown as Session)
    refuseDownloads(session as unknown as Session)
    expect(session.listenerCount('will-download')).toBe(1)
  })
})
