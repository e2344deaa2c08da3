import { describe, expect, test } from 'vitest'
import {
  type KeyPress,
  type PresentationLayer,
  presentationAction,
} from '../../../renderer/src/district-report/present/presentation-keys'
import { presentationReducer, startAt } from '../../../renderer/src/district-report/present/presentation-state'

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
})
const on = (layer: PresentationLayer) => (key: string) => presentationAction(press(key), layer)

describe('presentationAction', () => {
  test('→, Space and Page Down go forward; ←, Page Up back; Home and End to the ends', () => {
    const slide = on('slide')
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(slide(key), key).toEqual({ type: 'go', to: 'next' })
    for (const key of ['ArrowLeft', 'PageUp']) expect(slide(key), key).toEqual({ type: 'go', to: 'previous' })
    expect(slide('Home')).toEqual({ type: 'go', to: 'first' })
    expect(slide('End')).toEqual({ type: 'go', to: 'last' })
  })

  test('O opens and closes the overview, B the blank screen, in either case', () => {
    for (const key of ['o', 'O']) {
      expect(on('slide')(key)).toEqual({ type: 'toggle-overview' })
      expect(on('overview')(key)).toEqual({ type: 'toggle-overview' })
    }
    for (const key of ['b', 'B', '.']) {
      expect(on('slide')(key)).toEqual({ type: 'toggle-blank' })
      expect(on('blank')(key)).toEqual({ type: 'toggle-blank' })
    }
    // Not one on top of the other.
    expect(on('overview')('b')).toBeNull()
    expect(on('blank')('o')).toBeNull()
  })

  test('Esc first closes the overview or the blank screen, and only then leaves', () => {
    expect(on('overview')('Escape')).toEqual({ type: 'close-layer' })
    expect(on('blank')('Escape')).toEqual({ type: 'close-layer' })
    expect(on('slide')('Escape')).toEqual({ type: 'leave' })
  })

  test('in the overview the arrows move the choice and Enter takes it', () => {
    const overview = on('overview')
    expect(overview('ArrowRight')).toEqual({ type: 'overview-move', by: 'right' })
    expect(overview('ArrowUp')).toEqual({ type: 'overview-move', by: 'up' })
    expect(overview('End')).toEqual({ type: 'overview-move', by: 'last' })
    expect(overview('Enter')).toEqual({ type: 'overview-choose' })
    expect(overview('PageDown')).toBeNull()
  })

  test('leaves Tab, other keys and every shortcut with a modifier to the browser', () => {
    expect(on('slide')('Tab')).toBeNull()
    expect(on('slide')('x')).toBeNull()
    expect(on('slide')('Enter')).toBeNull()
    expect(presentationAction(press('ArrowRight', { altKey: true }), 'slide')).toBeNull()
    expect(presentationAction(press('o', { ctrlKey: true }), 'slide')).toBeNull()
    expect(presentationAction(press('b', { metaKey: true }), 'slide')).toBeNull()
  })
})

describe('presentationReducer', () => {
  const step = (state = startAt(0), ...keys: string[]) =>
    keys.reduce((now, key) => {
      const action = presentationAction(press(key), now.layer)
      return action ? presentationReducer(now, action, 7, 3) : now
    }, state)

  test('moves through the slides and stops at both ends', () => {
    expect(step(startAt(0), 'ArrowRight', ' ', 'PageDown').index).toBe(3)
    expect(step(startAt(0), 'ArrowLeft').index).toBe(0)
    expect(step(startAt(0), 'End').index).toBe(6)
    expect(step(startAt(6), 'ArrowRight').index).toBe(6)
    expect(step(startAt(4), 'Home').index).toBe(0)
  })

  test('the overview starts on the current slide; arrows move in a grid of three; Enter shows the choice', () => {
    const open = step(startAt(4), 'o')
    expect(open).toEqual({ index: 4, layer: 'overview', selected: 4 })
    expect(step(open, 'ArrowUp').selected).toBe(1)
    expect(step(open, 'ArrowUp', 'ArrowUp').selected).toBe(1)
    // Slide 5 of 7 is in the middle row; the row below holds only slide 7, under slide 4.
    expect(step(open, 'ArrowDown').selected).toBe(4)
    expect(step(open, 'ArrowLeft', 'ArrowDown').selected).toBe(6)
    expect(step(open, 'ArrowLeft', 'ArrowLeft').selected).toBe(2)
    expect(step(open, 'End', 'ArrowRight').selected).toBe(6)
    expect(step(open, 'Home', 'ArrowRight', 'Enter')).toEqual({ index: 1, layer: 'slide', selected: 1 })
  })

  test('Esc in the overview returns to the slide it came from, not to the one focused', () => {
    expect(step(startAt(2), 'o', 'ArrowRight', 'Escape')).toEqual(startAt(2))
  })

  test('the blank screen keeps the slide; a step forward also brings the picture back', () => {
    const blank = step(startAt(2), 'b')
    expect(blank).toMatchObject({ index: 2, layer: 'blank' })
    expect(step(blank, 'b')).toMatchObject({ index: 2, layer: 'slide' })
    expect(step(blank, 'Escape')).toMatchObject({ index: 2, layer: 'slide' })
    expect(step(blank, 'ArrowRight')).toMatchObject({ index: 3, layer: 'slide' })
  })

  test('a slide shown from elsewhere (the presenter view) is clamped to the deck', () => {
    expect(presentationReducer(startAt(0), { type: 'show', index: 99 }, 7, 3).index).toBe(6)
    expect(presentationReducer(startAt(3), { type: 'show', index: -1 }, 7, 3).index).toBe(0)
  })
})
