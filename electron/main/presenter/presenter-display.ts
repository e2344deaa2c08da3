import type { Rect } from '../window/window-bounds'

export interface DisplayLike {
  id: number
  workArea: Rect
}

/** The presenter view's size where the display has room; smaller displays get their whole work area. */
export const PRESENTER_SIZE = { width: 1280, height: 800 } as const

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/**
 * Where the presenter view opens: on a display the main window (which
 * shows the slides) is not on, the primary one first, since that is the
 * laptop's own screen when the slides were moved to the projector. With one
 * display it opens over the main window's, as an ordinary window the
 * presenter can move. The main window's display is the one it overlaps most.
 */
export function presenterDisplay(
  displays: readonly DisplayLike[],
  mainBounds: Rect | null,
  primaryId: number,
): DisplayLike | null {
  if (displays.length === 0) return null
  const byOverlap = mainBounds
    ? [...displays].sort((a, b) => overlap(b.workArea, mainBounds) - overlap(a.workArea, mainBounds))
    : [...displays]
  const mainDisplay = mainBounds && overlap(byOverlap[0]?.workArea ?? mainBounds, mainBounds) > 0 ? byOverlap[0] : null
  const others = displays.filter((display) => display.id !== mainDisplay?.id)
  return others.find((display) => display.id === primaryId) ?? others[0] ?? mainDisplay ?? displays[0] ?? null
}

/** The presenter window's bounds, centred in the display's work area. */
export function presenterBounds(display: DisplayLike): Rect {
  const area = display.workArea
  const width = Math.min(PRESENTER_SIZE.width, area.width)
  const height = Math.min(PRESENTER_SIZE.height, area.height)
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  }
}
