import { describe, expect, it } from 'vitest'
import { type FrameLike, isTrustedSender, type OurWindow } from '../../../electron/main/ipc/sender-check'

const mainFrame: FrameLike = { url: 'app://tafelwerk/index.html', processId: 4, routingId: 1, parent: null }
const ourWindow: OurWindow = { webContents: { id: 11, mainFrame } }
const dev = new URL('http://localhost:5173/')

/** A fresh object for the same frame: Electron does not promise identical WebFrameMain instances. */
const sameFrame = (changes: Partial<FrameLike> = {}): FrameLike => ({ ...mainFrame, ...changes })
const event = (senderFrame: FrameLike | null, senderId = 11) => ({ sender: { id: senderId }, senderFrame })

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing app://tafelwerk', () => {
    expect(isTrustedSender(event(sameFrame()), ourWindow, null)).toBe(true)
    expect(isTrustedSender(event(sameFrame({ url: 'app://tafelwerk/instellingen' })), ourWindow, null)).toBe(true)
  })

  it('refuses a request whose frame is gone (null)', () => {
    expect(isTrustedSender(event(null), ourWindow, null)).toBe(false)
  })

  it('refuses our frame once it shows a foreign origin', () => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'http://localhost:5173/',
      'about:blank',
    ]) {
      expect(isTrustedSender(event(sameFrame({ url })), ourWindow, null), url).toBe(false)
    }
  })

  it('refuses a subframe, even one with our URL', () => {
    const subframe = sameFrame({ routingId: 2, parent: mainFrame })
    expect(isTrustedSender(event(subframe), ourWindow, null)).toBe(false)
    expect(isTrustedSender(event(sameFrame({ parent: mainFrame })), ourWindow, null)).toBe(false)
  })

  it('refuses a frame in another renderer process with the same routing id', () => {
    expect(isTrustedSender(event(sameFrame({ processId: 5 })), ourWindow, null)).toBe(false)
  })

  it('refuses another WebContents (a print or devtools window) and a request with no window', () => {
    expect(isTrustedSender(event(sameFrame(), 12), ourWindow, null)).toBe(false)
    expect(isTrustedSender(event(sameFrame()), null, null)).toBe(false)
  })

  it('trusts the dev server only when it is the configured one', () => {
    const devFrame = sameFrame({ url: 'http://localhost:5173/' })
    expect(isTrustedSender(event(devFrame), ourWindow, dev)).toBe(true)
    expect(isTrustedSender(event(devFrame), ourWindow, null)).toBe(false)
    expect(isTrustedSender(event(sameFrame({ url: 'http://localhost:5174/' })), ourWindow, dev)).toBe(false)
  })
})
