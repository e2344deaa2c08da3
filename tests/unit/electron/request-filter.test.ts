import type { OnBeforeRequestListenerDetails, CallbackResponse, Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { devServerUrl } from '../../../electron/main/origin/app-origin'
import { blockForeignRequests, isAllowedRequest } from '../../../electron/main/security/request-filter'

type Listener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void

/** Installs the filter on a fake session and returns what it answers for a URL. */
function installFilter(dev: URL | null): (url: string) => CallbackResponse {
  let listener: Listener | null = null
  const session = { webRequest: { onBeforeRequest: (l: Listener) => void (listener = l) } } as unknown as Session
  blockForeignRequests(session, dev)
  return (url) => {
    const callback = vi.fn<(response: CallbackResponse) => void>()
    if (!listener) throw new Error('no onBeforeRequest listener installed')
    listener({ url } as OnBeforeRequestListenerDetails, callback)
    expect(callback).toHaveBeenCalledTimes(1)
    return callback.mock.calls[0]?.[0] ?? {}
  }
}

const refused = [
  'https://example.com/',
  'http://example.com/font.woff2',
  'file:///etc/passwd',
  'http://localhost:5173/',
  'ws://localhost:5173/',
  'http://127.0.0.1/',
  'app://evil/index.html',
  'ftp://example.com/',
  'chrome-extension://abc/x.js',
  // Chromium's PDF viewer: PDFs are drawn by pdf.js in our own page, so no extension or plugin may load.
  'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
  'blob:https://example.com/0b7c6a1e-7f0e-4d55-9a57-3f1c2b8e9d10',
  'blob:app://evil/0b7c6a1e-7f0e-4d55-9a57-3f1c2b8e9d10',
]

describe('request blocking', () => {
  it('lets app:// and devtools: through in the packaged app', () => {
    const filter = installFilter(devServerUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }))
    expect(filter('app://tafelwerk/index.html')).toEqual({ cancel: false })
    expect(filter('app://tafelwerk/assets/index-abc.js')).toEqual({ cancel: false })
    expect(filter('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false })
    // An image attachment shown from memory.
    expect(filter('blob:app://tafelwerk/0b7c6a1e-7f0e-4d55-9a57-3f1c2b8e9d10')).toEqual({ cancel: false })
  })

  it('cancels everything else in the packaged app, the dev server included', () => {
    const filter = installFilter(devServerUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }))
    for (const url of refused) expect(filter(url), url).toEqual({ cancel: true })
  })

  it('unpackaged, allows the dev server page and its hot-reload socket, and nothing else', () => {
    const dev = devServerUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })
    expect(dev?.href).toBe('http://localhost:5173/')
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('https://localhost:5173/', dev)).toBe(false)
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false)
    expect(isAllowedRequest('blob:http://localhost:5173/0b7c6a1e-7f0e-4d55-9a57-3f1c2b8e9d10', dev)).toBe(true)
    expect(isAllowedRequest('blob:http://localhost:5174/0b7c6a1e-7f0e-4d55-9a57-3f1c2b8e9d10', dev)).toBe(false)
  })

  it('ignores a dev server URL that is not on loopback', () => {
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: 'http://evil.example:5173' })).toBeNull()
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: 'file:///tmp/index.html' })).toBeNull()
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: 'not a url' })).toBeNull()
    expect(devServerUrl(false, {})).toBeNull()
  })
})
