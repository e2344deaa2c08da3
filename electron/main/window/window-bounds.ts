/**
 * Where the window reopens. A remembered position can point at a monitor that
 * is gone (laptop undocked, projector unplugged): the window is then moved and,
 * if needed, shrunk onto the display it overlaps most, or centred on the
 * primary display when it overlaps none.
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface SavedWindowState {
  bounds: Rect
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const
export const MIN_SIZE = { width: 800, height: 560 } as const

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max))
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  }
}

export function restoreBounds(saved: Rect | null, workAreas: readonly Rect[], primary: Rect): Rect {
  if (!saved) return centred(DEFAULT_SIZE, primary)
  let best: Rect | null = null
  let bestOverlap = 0
  for (const area of workAreas) {
    const shared = overlap(saved, area)
    if (shared > bestOverlap) [best, bestOverlap] = [area, shared]
  }
  if (!best) return centred(saved, primary)
  const width = Math.min(saved.width, best.width)
  const height = Math.min(saved.height, best.height)
  return {
    x: clamp(saved.x, best.x, best.x + best.width - width),
    y: clamp(saved.y, best.y, best.y + best.height - height),
    width,
    height,
  }
}
