import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { isAppUrl } from '../origin/app-origin'

export type AppPath = { kind: 'file'; path: string; fallback: string | null } | { kind: 'refused' }

/**
 * Maps an app:// URL to a file inside the renderer folder, or refuses it.
 * The URL parser already folds `..` segments; the decoded path is checked again
 * because `%2F` and `%5C` only become separators after decoding. Extensionless
 * paths are client-side routes and fall back to index.html.
 */
export function resolveAppPath(rawUrl: string, rendererDir: string): AppPath {
  if (!isAppUrl(rawUrl)) return { kind: 'refused' }
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(rawUrl).pathname)
  } catch {
    return { kind: 'refused' }
  }
  if (pathname.includes('\0')) return { kind: 'refused' }

  const root = resolve(rendererDir)
  const index = resolve(root, 'index.html')
  if (pathname === '/' || pathname === '') return { kind: 'file', path: index, fallback: null }

  const target = resolve(root, `.${pathname}`)
  const inside = relative(root, target)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { kind: 'refused' }
  }
  return { kind: 'file', path: target, fallback: extname(target) === '' ? index : null }
}
