import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, type Rect, restoreBounds } from '../../../electron/main/window/window-bounds'
import { readWindowState, writeWindowState } from '../../../electron/main/window/window-state-file'

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 }
const leftMonitor: Rect = { x: -2560, y: -200, width: 2560, height: 1400 }

describe('restoreBounds', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(restoreBounds(null, [laptop], laptop)).toEqual({
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
    })
  })

  it('keeps a window that is fully visible, on any monitor', () => {
    const onLaptop = { x: 100, y: 80, width: 1200, height: 800 }
    const onLeft = { x: -2000, y: 0, width: 1200, height: 800 }
    expect(restoreBounds(onLaptop, [laptop, leftMonitor], laptop)).toEqual(onLaptop)
    expect(restoreBounds(onLeft, [laptop, leftMonitor], laptop)).toEqual(onLeft)
  })

  it('centres a window whose monitor is gone on the primary display', () => {
    expect(restoreBounds({ x: -2000, y: 0, width: 1200, height: 800 }, [laptop], laptop)).toEqual({
      x: 360,
      y: 120,
      width: 1200,
      height: 800,
    })
    expect(restoreBounds({ x: 5000, y: 5000, width: 800, height: 600 }, [laptop], laptop)).toEqual({
      x: 560,
      y: 220,
      width: 800,
      height: 600,
    })
  })

  it('moves a window hanging off an edge back inside the display it overlaps most', () => {
    expect(restoreBounds({ x: 1500, y: -300, width: 1000, height: 700 }, [laptop, leftMonitor], laptop)).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 700,
    })
  })

  it('shrinks a window larger than the display it is restored on', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 2560, height: 1600 }, [laptop], laptop)).toEqual(laptop)
  })
})

describe('window state file', () => {
  it('round-trips, and treats a missing or garbled file as no state', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-state-'))
    try {
      const path = join(folder, 'window-state.json')
      expect(readWindowState(path)).toBeNull()
      writeWindowState(path, { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true })
      expect(readWindowState(path)).toEqual({ bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true })
      for (const garbage of [
        '{',
        'null',
        '[]',
        '{"bounds":{"x":"1","y":2,"width":900,"height":600}}',
        '{"bounds":{"x":1,"y":2,"width":-5,"height":600}}',
      ]) {
        writeFileSync(path, garbage)
        expect(readWindowState(path), garbage).toBeNull()
      }
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
