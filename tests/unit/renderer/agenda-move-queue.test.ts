import { describe, expect, test } from 'vitest'
import { serialQueue } from '../../../renderer/src/lib/serial-queue'
import { stepTarget } from '../../../renderer/src/meetings/agenda-step'

/** A promise settled from the test, standing in for a vault answer that arrives when the test says so. */
function later<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('serialQueue (the agenda move queue)', () => {
  test('a queued move starts only once the one before has answered', async () => {
    const enqueue = serialQueue()
    const started: string[] = []
    const first = later<string>()
    const second = later<string>()
    const a = enqueue(() => (started.push('a'), first.promise))
    const b = enqueue(() => (started.push('b'), second.promise))
    await flush()
    expect(started).toEqual(['a'])
    first.resolve('A')
    await expect(a).resolves.toBe('A')
    await flush()
    expect(started).toEqual(['a', 'b'])
    second.resolve('B')
    await expect(b).resolves.toBe('B')
  })

  test('each move sees the state the previous one left', async () => {
    const enqueue = serialQueue()
    let position = 1
    const seen: number[] = []
    const move = () =>
      enqueue(async () => {
        seen.push(position)
        await flush()
        position += 1
      })
    await Promise.all([move(), move(), move()])
    expect(seen).toEqual([1, 2, 3])
  })

  test('a refused move rejects on its own; the moves behind it still run', async () => {
    const enqueue = serialQueue()
    const refused = enqueue(() => Promise.reject(new Error('geweigerd')))
    const next = enqueue(() => Promise.resolve('verder'))
    await expect(refused).rejects.toThrow('geweigerd')
    await expect(next).resolves.toBe('verder')
  })
})

// 1, 2, 2.1, 2.2, 3
const slot = (id: string, parentId: string | null, position: number) => ({ id, parentId, position })
const items = [slot('a', null, 1), slot('b', null, 2), slot('b1', 'b', 1), slot('b2', 'b', 2), slot('c', null, 3)]

describe('stepTarget', () => {
  test('moves among its own siblings only', () => {
    expect(stepTarget(items, 'a', 1)).toEqual({ item: items[0], position: 2 })
    expect(stepTarget(items, 'c', -2)).toEqual({ item: items[4], position: 1 })
    expect(stepTarget(items, 'b2', -1)).toEqual({ item: items[3], position: 1 })
  })

  test('sends nothing past either end, for no move, or for an item that is gone', () => {
    expect(stepTarget(items, 'a', -1)).toBeNull()
    expect(stepTarget(items, 'c', 1)).toBeNull()
    expect(stepTarget(items, 'b2', 1)).toBeNull()
    expect(stepTarget(items, 'b', 0)).toBeNull()
    expect(stepTarget(items, 'gone', 1)).toBeNull()
  })
})
