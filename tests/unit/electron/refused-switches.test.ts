import { describe, expect, it } from 'vitest'
import { REFUSED_SWITCHES, refusedSwitch } from '../../../electron/main/security/refused-switches'

const none = () => false
const exe = '/opt/Tafelwerk/tafelwerk'

describe('refusedSwitch', () => {
  it('finds every refused switch, with or without a value', () => {
    for (const name of REFUSED_SWITCHES) {
      expect(refusedSwitch([exe, `--${name}`], none, 'linux'), name).toBe(name)
      expect(refusedSwitch([exe, `--${name}=9222`], none, 'linux'), name).toBe(name)
    }
    expect(refusedSwitch([exe, '--js-flags=--allow-natives-syntax'], none, 'linux')).toBe('js-flags')
  })

  it('reads the spellings Chromium accepts: one dash, any case, and a slash on Windows only', () => {
    expect(refusedSwitch([exe, '-remote-debugging-port=9222'], none, 'linux')).toBe('remote-debugging-port')
    expect(refusedSwitch(['C:\\Tafelwerk\\Tafelwerk.exe', '--Remote-Debugging-Port=9222'], none, 'win32')).toBe(
      'remote-debugging-port',
    )
    expect(refusedSwitch(['C:\\Tafelwerk\\Tafelwerk.exe', '/remote-debugging-pipe'], none, 'win32')).toBe(
      'remote-debugging-pipe',
    )
    expect(refusedSwitch([exe, '/remote-debugging-pipe'], none, 'darwin')).toBeNull()
  })

  it('starts normally without them, and ignores what follows a lone --', () => {
    expect(refusedSwitch([exe], none, 'linux')).toBeNull()
    expect(refusedSwitch([exe, '--no-sandbox', '--lang=nl', '--inspector-like-name'], none, 'linux')).toBeNull()
    expect(refusedSwitch([exe, '--', '--inspect'], none, 'linux')).toBeNull()
    // The executable itself is never read as a switch.
    expect(refusedSwitch(['--inspect'], none, 'linux')).toBeNull()
  })

  it('also asks Chromium, which may hold switches argv does not show', () => {
    expect(refusedSwitch([exe], (name) => name === 'remote-debugging-pipe', 'linux')).toBe('remote-debugging-pipe')
  })
})
