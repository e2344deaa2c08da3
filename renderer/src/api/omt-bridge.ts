import type { OmtBridge } from '../../../shared/contract/index'

declare global {
  interface Window {
    /** Exposed by the preload (or the end-to-end bridge); the renderer's only way to the vault. */
    readonly omt?: OmtBridge
  }
}

/**
 * Returns the bridge, or null when the page runs outside Tafelwerk (opened in
 * a plain browser): the app then says so instead of crashing.
 */
export function omtBridge(): OmtBridge | null {
  return window.omt ?? null
}
