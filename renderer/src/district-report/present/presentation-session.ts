import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import type { PresentationLayer } from './presentation-keys'

/**
 * What the presentation and its presenter view say to each other on their
 * BroadcastChannel. Both are our own page on the same origin, so nothing
 * leaves the app; the report is the already suppressed one either way.
 */
export type PresenterMessage =
  /** Presentation → presenter view, on every change and in answer to `hello`. */
  | { type: 'state'; report: DistrictReport; index: number; layer: PresentationLayer; notesEditable: boolean }
  /** Presentation → presenter view: presenting stopped. */
  | { type: 'ended' }
  /** Presenter view → presentation: please send the state. */
  | { type: 'hello' }
  /** Presenter view → presentation: move, as if the key was pressed there. */
  | { type: 'go'; to: 'next' | 'previous' | 'first' | 'last' }
  /** Presenter view → presentation: a note was saved, keep the copy up to date. */
  | { type: 'note'; slideId: string; text: string }

export const channelName = (session: string): string => `tafelwerk-presentatie-${session}`

/** A fresh session id for one presentation (see presenter-route.ts for its shape). */
export function newPresenterSession(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

const types = new Set(['state', 'ended', 'hello', 'go', 'note'])

/** Messages come from our own origin, but only well-formed ones are acted on. */
export function asPresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null
  return types.has(String(data.type)) ? (data as PresenterMessage) : null
}
