import { beforeEach, describe, expect, it, vi } from 'vitest'
import { protocol, resetFakeElectron } from './fake-electron'
import { registerAppScheme } from '../../../electron/main/protocol/register-app-scheme'

vi.mock('electron', () => import('./fake-electron'))

describe('registerAppScheme', () => {
  beforeEach(resetFakeElectron)

  it('registers app:// as standard, secure and fetchable, and nothing more', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })
})
