import { create } from 'zustand'

/**
 * A tiny hash router: the hash survives locking, so after unlocking the user
 * is back where they were, and later print routes can be opened by main.
 */
interface RouteState {
  /** '#/instellingen/partners' → ['instellingen', 'partners']. */
  segments: string[]
  /** For redirects (an unknown or incomplete address): no extra Back step. */
  replace: (path: string) => void
}

function parse(hash: string): string[] {
  return hash
    .replace(/^#\/?/u, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment))
}

export const useRoute = create<RouteState>()(() => ({
  segments: parse(window.location.hash),
  replace(path) {
    const hash = `#/${path.replace(/^\/+/u, '')}`
    window.history.replaceState(null, '', hash)
    useRoute.setState({ segments: parse(hash) })
  },
}))

window.addEventListener('hashchange', () => useRoute.setState({ segments: parse(window.location.hash) }))

export function hrefFor(path: string): string {
  return `#/${path}`
}
