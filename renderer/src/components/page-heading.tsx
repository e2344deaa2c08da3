import { type ReactNode, useRef } from 'react'
import { useFocusOnMount } from '../lib/use-focus-on-mount'

/**
 * The screen's h1, focused when the screen appears so a screen reader starts
 * reading the new screen and Tab continues from there.
 */
export function PageHeading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(ref, focus)
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  )
}
