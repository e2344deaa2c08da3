/**
 * Where our renderer lives. Packaged, that is only `app://tafelwerk`; unpackaged,
 * also the electron-vite dev server named by ELECTRON_RENDERER_URL. Every trust
 * decision (requests, senders) goes through these few functions.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'tafelwerk'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

function parse(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/**
 * The dev server, only when unpackaged and only on loopback: a packaged app
 * ignores the variable, so nobody can point Tafelwerk at another page with it.
 */
export function devServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): URL | null {
  if (isPackaged) return null
  const url = parse(env['ELECTRON_RENDERER_URL'] ?? '')
  return url && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) ? url : null
}

/** `app://tafelwerk/...`. Node gives non-special schemes the origin "null", so compare parts. */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw)
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
}

/** The dev server's pages and its hot-reload socket (same host and port, http or ws). */
export function isDevServerUrl(raw: string, dev: URL | null): boolean {
  if (!dev) return false
  const url = parse(raw)
  return url !== null && (url.protocol === 'http:' || url.protocol === 'ws:') && url.host === dev.host
}

/** A page of ours: the only kind of frame that may call the contract. */
export function isOurPageUrl(raw: string, dev: URL | null): boolean {
  if (isAppUrl(raw)) return true
  const url = parse(raw)
  return dev !== null && url !== null && url.origin === dev.origin
}
