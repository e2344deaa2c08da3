import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { SECURITY_HEADERS } from './content-security-policy'
import { resolveAppPath } from './resolve-app-path'

/** Only what the Vite build emits; anything else is served as opaque bytes (and nosniff). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
}

export type ReadFile = (path: string) => Promise<Uint8Array>

function respond(status: number, body: Uint8Array | null, path?: string): Response {
  const type = path
    ? (CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream')
    : 'text/plain; charset=utf-8'
  return new Response(body ? new Uint8Array(body) : null, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': type },
  })
}

async function tryRead(read: ReadFile, path: string): Promise<Uint8Array | null> {
  try {
    return await read(path)
  } catch {
    return null
  }
}

/**
 * Serves the built renderer (out/renderer) for `protocol.handle('app', …)`.
 * Read-only: anything but GET/HEAD is refused, and so is every path outside
 * the renderer folder. Every response carries the CSP.
 */
export function createAppProtocolHandler(
  rendererDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null)
    const resolved = resolveAppPath(request.url, rendererDir)
    if (resolved.kind === 'refused') return respond(404, null)
    const body = await tryRead(read, resolved.path)
    if (body) return respond(200, request.method === 'HEAD' ? null : body, resolved.path)
    if (resolved.fallback) {
      const page = await tryRead(read, resolved.fallback)
      if (page) return respond(200, request.method === 'HEAD' ? null : page, resolved.fallback)
    }
    return respond(404, null)
  }
}
