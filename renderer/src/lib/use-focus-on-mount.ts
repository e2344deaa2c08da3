import { type RefObject, useEffect } from 'react'

/**
 * Moves focus to an element when it appears, so keyboard and screen-reader
 * users land on the new screen's heading instead of on a removed button.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled = true): void {
  useEffect(() => {
    if (enabled) ref.current?.focus()
  }, [ref, enabled])
}
