import { type RefObject, useEffect, useRef } from 'react'

/** Chromium's Keyboard Lock, not yet in TypeScript's DOM types. */
interface KeyboardLock {
  lock?: (keys: string[]) => Promise<void>
  unlock?: () => void
}
const keyboard = (): KeyboardLock | undefined => (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard

/**
 * Puts the element in full screen while it is mounted. A refusal (no user
 * gesture, a policy) is not an error: the presentation then fills the window.
 * Esc is locked for the page where the browser allows it, so it can close
 * the overview first; where it is not, the browser's own Esc leaves full
 * screen and `onLeft` ends the presentation with it.
 */
export function useFullscreen(element: RefObject<HTMLElement | null>, onLeft: () => void): void {
  const onLeftRef = useRef(onLeft)
  useEffect(() => {
    onLeftRef.current = onLeft
  })

  useEffect(() => {
    const target = element.current
    if (!target) return
    let entered = false
    let active = true
    const changed = () => {
      if (document.fullscreenElement === target) entered = true
      else if (entered && active) {
        entered = false
        onLeftRef.current()
      }
    }
    document.addEventListener('fullscreenchange', changed)
    if (typeof target.requestFullscreen === 'function' && document.fullscreenEnabled)
      target
        .requestFullscreen({ navigationUI: 'hide' })
        .then(() => keyboard()?.lock?.(['Escape']))
        .catch(() => undefined)
    return () => {
      active = false
      document.removeEventListener('fullscreenchange', changed)
      keyboard()?.unlock?.()
      if (document.fullscreenElement === target) document.exitFullscreen().catch(() => undefined)
    }
  }, [element])
}
