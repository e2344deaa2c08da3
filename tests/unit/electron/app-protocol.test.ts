import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppProtocolHandler } from '../../../electron/main/protocol/app-protocol-handler'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/protocol/content-security-policy'
import { resolveAppPath } from '../../../electron/main/protocol/resolve-app-path'

const SECRET = 'GEHEIM-buiten-de-renderer'
let root: string
let rendererDir: string
let handle: (request: Request) => Promise<Response>

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tafelwerk-protocol-'))
  rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tafelwerk</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'assets', 'pdf.worker.min-abc123.mjs'), 'self.onmessage = null')
  // Files beside and above the renderer folder that no URL may reach.
  writeFileSync(join(root, 'secret.txt'), SECRET)
  writeFileSync(join(root, 'renderer-secret.txt'), SECRET)
  handle = createAppProtocolHandler(rendererDir)
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

describe('app:// protocol handler', () => {
  it('serves index.html for the root and files from the renderer folder with their type', async () => {
    const index = await get('app://tafelwerk/')
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await index.text()).toContain('<title>Tafelwerk</title>')

    const script = await get('app://tafelwerk/assets/app.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')

    // pdf.js's worker is an ES module; a module worker refuses any non-JavaScript type (nosniff).
    const worker = await get('app://tafelwerk/assets/pdf.worker.min-abc123.mjs')
    expect(worker.status).toBe(200)
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('puts the strict CSP and nosniff on every response, refusals included', async () => {
    for (const url of ['app://tafelwerk/', 'app://tafelwerk/assets/app.js', 'app://tafelwerk/nope.js', 'app://evil/']) {
      const response = await get(url)
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
    }
    // blob: only for the attachment viewer's images, workers only from the bundle (pdf.js); no frames, plugins or eval, nothing remote.
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'none'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })

  it('never serves a file outside the renderer folder, however the path is spelled', async () => {
    const attempts = [
      'app://tafelwerk/../secret.txt',
      'app://tafelwerk/%2e%2e/secret.txt',
      'app://tafelwerk/..%2fsecret.txt',
      'app://tafelwerk/assets/..%2f..%2fsecret.txt',
      'app://tafelwerk/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://tafelwerk/..%5csecret.txt',
      'app://tafelwerk/%2e%2e%2frenderer-secret.txt',
      `app://tafelwerk/${encodeURIComponent(join(root, 'secret.txt'))}`,
      'app://tafelwerk/index.html%00.js',
    ]
    for (const url of attempts) {
      const response = await get(url)
      expect(response.status, url).not.toBe(200)
      expect(await response.text(), url).not.toContain(SECRET)
    }
  })

  it('refuses decoded traversal before any file is read', () => {
    for (const url of [
      'app://tafelwerk/..%2fsecret.txt',
      'app://tafelwerk/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://tafelwerk/a%00b',
    ]) {
      expect(resolveAppPath(url, rendererDir), url).toEqual({ kind: 'refused' })
    }
    expect(resolveAppPath('app://tafelwerk/assets/app.js', rendererDir)).toEqual({
      kind: 'file',
      path: join(rendererDir, 'assets', 'app.js'),
      fallback: null,
    })
  })

  it('refuses unknown hosts and other schemes', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404)
    expect((await get('app://tafelwerk.evil/index.html')).status).toBe(404)
    expect(resolveAppPath('file:///index.html', rendererDir)).toEqual({ kind: 'refused' })
  })

  it('answers client-side routes with index.html but missing assets with 404', async () => {
    const route = await get('app://tafelwerk/instellingen/partners')
    expect(route.status).toBe(200)
    expect(await route.text()).toContain('<title>Tafelwerk</title>')
    expect((await get('app://tafelwerk/assets/missing.js')).status).toBe(404)
  })

  it('is read-only', async () => {
    expect((await get('app://tafelwerk/index.html', 'POST')).status).toBe(405)
    expect((await get('app://tafelwerk/index.html', 'PUT')).status).toBe(405)
  })
})
