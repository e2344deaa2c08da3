import type { PresentationAction, PresentationLayer } from './presentation-keys'

export interface PresentationState {
  /** The slide shown (and the one the presenter view follows). */
  index: number
  layer: PresentationLayer
  /** The thumbnail that has focus in the overview. */
  selected: number
}

export const startAt = (index: number): PresentationState => ({ index, layer: 'slide', selected: index })

const clamp = (value: number, count: number) => Math.min(Math.max(value, 0), Math.max(count - 1, 0))

/**
 * The presentation's next state. `columns` is how many thumbnails the
 * overview shows in a row, for ↑/↓. Leaving is not a state: the component
 * that owns the presentation closes it.
 */
export function presentationReducer(
  state: PresentationState,
  action: PresentationAction | { type: 'show'; index: number },
  count: number,
  columns: number,
): PresentationState {
  switch (action.type) {
    case 'show':
      return { index: clamp(action.index, count), layer: 'slide', selected: clamp(action.index, count) }
    case 'go': {
      const target = {
        next: state.index + 1,
        previous: state.index - 1,
        first: 0,
        last: count - 1,
      }[action.to]
      const index = clamp(target, count)
      return { index, layer: 'slide', selected: index }
    }
    case 'toggle-overview':
      return state.layer === 'overview'
        ? { ...state, layer: 'slide' }
        : { ...state, layer: 'overview', selected: state.index }
    case 'toggle-blank':
      return { ...state, layer: state.layer === 'blank' ? 'slide' : 'blank' }
    case 'close-layer':
      return { ...state, layer: 'slide', selected: state.index }
    case 'overview-move': {
      const target = {
        left: state.selected - 1,
        right: state.selected + 1,
        up: state.selected - columns,
        down: state.selected + columns,
        first: 0,
        last: count - 1,
      }[action.by]
      // ↑ in the top row and ↓ in the bottom row stay put rather than jump sideways.
      if ((action.by === 'up' || action.by === 'down') && (target < 0 || target >= count)) return state
      return { ...state, selected: clamp(target, count) }
    }
    case 'overview-choose':
      return { index: state.selected, layer: 'slide', selected: state.selected }
    case 'leave':
      return state
  }
}
