import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { createAppProtocolHandler } from '../../../electron/main/protocol/app-protocol-handler'

/**
 * A fake origin for the renderer. https, so the page is a secure context like
 * app:// in Electron (the clipboard API needs one); nothing ever leaves the
 * machine because every request is answered or aborted here.
 */
export const APP_ORIGIN = 'https://tafelwerk.test'
export const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer')

export function assertRendererBuilt(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The built renderer is missing (${RENDERER_DIR}/index.html). Run \`npx electron-vite build\` first; \`npm run test:e2e\` does so.`,
    )
  }
}

/**
 * Serves out/renderer through the very handler Electron registers for app://,
 * so the files, content types and CSP header are the app's own. Any other
 * request is aborted and reported as a problem.
 */
export async function serveRenderer(context: BrowserContext, onBlocked: (url: string) => void): Promise<void> {
  const handle = createAppProtocolHandler(RENDERER_DIR)
  await context.route('**/*', async (route) => {
    const request = route.request()
    const url = new URL(request.url())
    if (url.origin !== APP_ORIGIN) {
      onBlocked(request.url())
      return route.abort('blockedbyclient')
    }
    const response = await handle(new Request(`app://tafelwerk${url.pathname}`, { method: request.method() }))
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    })
  })
}
