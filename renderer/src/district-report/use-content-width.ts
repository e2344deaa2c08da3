import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The width of an element in CSS pixels, kept up to date as the window
 * changes. The page's charts are drawn at exactly this width, so their text
 * keeps its own size instead of shrinking with a scaled viewBox.
 */
export function useContentWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return undefined
    const measure = () => setWidth(Math.max(320, Math.floor(element.clientWidth)))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return { ref, width }
}
