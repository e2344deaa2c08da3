import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { guardNavigation } from '../../../electron/main/security/navigation-guard'
import { FakeWebContents } from './fake-electron'

function guarded(): FakeWebContents {
  const contents = new FakeWebContents()
  guardNavigation(contents as unknown as WebContents)
  return contents
}

const fire = (contents: FakeWebContents, name: string, url: string) => {
  const event = { preventDefault: vi.fn(), url }
  contents.emit(name, event, url)
  return event.preventDefault
}

describe('guardNavigation', () => {
  it('stops every navigation, redirect and webview, to our own origin as well', () => {
    const contents = guarded()
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://tafelwerk/index.html',
      'javascript:alert(1)',
    ]) {
      expect(fire(contents, 'will-navigate', url), url).toHaveBeenCalledOnce()
      expect(fire(contents, 'will-redirect', url), url).toHaveBeenCalledOnce()
    }
    expect(fire(contents, 'will-attach-webview', 'https://example.com/')).toHaveBeenCalledOnce()
  })

  it('denies every window.open and target=_blank link', () => {
    const contents = guarded()
    expect(contents.windowOpenHandler).not.toBeNull()
    for (const url of ['https://example.com/', 'app://tafelwerk/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' })
    }
  })
})
