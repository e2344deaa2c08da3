import { describe, expect, it } from 'vitest'
import { presenterBounds, presenterDisplay } from '../../../electron/main/presenter/presenter-display'

const laptop = { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 860 } }
const projector = { id: 2, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } }
const third = { id: 3, workArea: { x: -1280, y: 0, width: 1280, height: 1024 } }

describe('presenterDisplay', () => {
  it('opens on the display the main window is not on', () => {
    const onLaptop = { x: 100, y: 50, width: 1200, height: 700 }
    const onProjector = { x: 1600, y: 100, width: 1280, height: 800 }
    expect(presenterDisplay([laptop, projector], onLaptop, 1)).toBe(projector)
    expect(presenterDisplay([laptop, projector], onProjector, 1)).toBe(laptop)
  })

  it('takes the display the main window overlaps most when it spans two', () => {
    const mostlyOnProjector = { x: 1200, y: 0, width: 1400, height: 800 }
    expect(presenterDisplay([laptop, projector], mostlyOnProjector, 1)).toBe(laptop)
  })

  it('prefers the primary display among the others', () => {
    const onProjector = { x: 1600, y: 100, width: 1280, height: 800 }
    expect(presenterDisplay([third, laptop, projector], onProjector, 1)).toBe(laptop)
    expect(presenterDisplay([third, laptop, projector], onProjector, 9)).toBe(third)
  })

  it('with one display, or a main window on none, still opens somewhere sensible', () => {
    expect(presenterDisplay([laptop], { x: 0, y: 0, width: 800, height: 600 }, 1)).toBe(laptop)
    expect(presenterDisplay([laptop, projector], { x: 9000, y: 9000, width: 800, height: 600 }, 1)).toBe(laptop)
    expect(presenterDisplay([laptop, projector], null, 2)).toBe(projector)
    expect(presenterDisplay([], null, 1)).toBeNull()
  })
})

describe('presenterBounds', () => {
  it('centres 1280×800 in the work area, and shrinks to a smaller one', () => {
    expect(presenterBounds(projector)).toEqual({ x: 1440 + 320, y: 140, width: 1280, height: 800 })
    expect(presenterBounds({ id: 4, workArea: { x: 0, y: 0, width: 1024, height: 700 } })).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 700,
    })
  })
})
