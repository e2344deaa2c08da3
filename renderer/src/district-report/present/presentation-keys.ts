/** What the presentation shows on top of the current slide. */
export type PresentationLayer = 'slide' | 'overview' | 'blank'

export type PresentationAction =
  | { type: 'go'; to: 'next' | 'previous' | 'first' | 'last' }
  | { type: 'toggle-overview' }
  | { type: 'toggle-blank' }
  /** Esc while the overview or the blank screen is up: back to the slide, still presenting. */
  | { type: 'close-layer' }
  | { type: 'leave' }
  | { type: 'overview-move'; by: 'left' | 'right' | 'up' | 'down' | 'first' | 'last' }
  | { type: 'overview-choose' }

export interface KeyPress {
  key: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
}

const slideKeys: Record<string, PresentationAction> = {
  ArrowRight: { type: 'go', to: 'next' },
  ' ': { type: 'go', to: 'next' },
  PageDown: { type: 'go', to: 'next' },
  ArrowLeft: { type: 'go', to: 'previous' },
  PageUp: { type: 'go', to: 'previous' },
  Home: { type: 'go', to: 'first' },
  End: { type: 'go', to: 'last' },
}

const overviewKeys: Record<string, PresentationAction> = {
  ArrowRight: { type: 'overview-move', by: 'right' },
  ArrowLeft: { type: 'overview-move', by: 'left' },
  ArrowDown: { type: 'overview-move', by: 'down' },
  ArrowUp: { type: 'overview-move', by: 'up' },
  Home: { type: 'overview-move', by: 'first' },
  End: { type: 'overview-move', by: 'last' },
  Enter: { type: 'overview-choose' },
  ' ': { type: 'overview-choose' },
}

/**
 * The presentation's keys, as PowerPoint and every clicker send them
 * (a clicker is a keyboard that sends Page Up/Down). Null for a key the
 * presentation leaves alone, so Tab and the browser's own shortcuts keep
 * working. A key with Ctrl, Alt or Cmd is never ours.
 */
export function presentationAction(press: KeyPress, layer: PresentationLayer): PresentationAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null
  const letter = press.key.length === 1 ? press.key.toLowerCase() : press.key
  if (letter === 'Escape') return layer === 'slide' ? { type: 'leave' } : { type: 'close-layer' }
  if (letter === 'o') return layer === 'blank' ? null : { type: 'toggle-overview' }
  if (letter === 'b' || letter === '.') return layer === 'overview' ? null : { type: 'toggle-blank' }
  if (layer === 'overview') return overviewKeys[press.key] ?? null
  // On the blank screen a step forward or back also brings the picture back, as in PowerPoint.
  return slideKeys[press.key] ?? null
}
