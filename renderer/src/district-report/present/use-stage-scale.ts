import { type RefObject, useLayoutEffect, useState } from 'react'

/** Every slide is laid out on this stage; the screen only scales it. */
export const STAGE = { width: 1280, height: 720 } as const

/**
 * How far the 1280×720 stage must be scaled to fit the element (full
 * screen, a thumbnail, the presenter's panes), keeping 16:9 so the rest
 * is letterboxed. Measured again whenever the element changes size.
 */
export function useStageScale(frame: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(0)
  useLayoutEffect(() => {
    const element = frame.current
    if (!element) return
    const measure = () => {
      const { width, height } = element.getBoundingClientRect()
      setScale(Math.max(0, Math.min(width / STAGE.width, height / STAGE.height)))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [frame])
  return scale
}
