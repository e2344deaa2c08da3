import { describe, expect, test } from 'vitest'
import { dropTarget, nestTarget } from '../../../renderer/src/meetings/agenda-nesting'

const slot = (id: string, parentId: string | null, position: number, number: string) => ({
  id,
  parentId,
  position,
  number,
  title: `Punt ${number}`,
})

// 1, 2, 2.1, 2.2, 3
const items = [
  slot('a', null, 1, '1'),
  slot('b', null, 2, '2'),
  slot('b1', 'b', 1, '2.1'),
  slot('b2', 'b', 2, '2.2'),
  slot('c', null, 3, '3'),
]
const byId = (id: string) => items.find((item) => item.id === id) ?? items[0]!

describe('nestTarget', () => {
  test('in: last under the top-level item above, which may already have sub-items', () => {
    expect(nestTarget(items, byId('c'), 'in')).toMatchObject({ parentId: 'b', position: 3, section: { id: 'b' } })
  })

  test('in: an item with sub-items, a sub-item, and the first item are refused in words', () => {
    expect(nestTarget(items, byId('b'), 'in')).toEqual({
      refusal: expect.stringContaining('heeft zelf subpunten') as unknown,
    })
    expect(nestTarget(items, byId('b1'), 'in')).toEqual({
      refusal: expect.stringContaining('al een subpunt') as unknown,
    })
    expect(nestTarget(items, byId('a'), 'in')).toEqual({
      refusal: 'Boven agendapunt 1 staat geen punt om het onder te plaatsen.',
    })
  })

  test('out: right after its section on the top level; a top-level item cannot go further out', () => {
    expect(nestTarget(items, byId('b2'), 'out')).toEqual({ parentId: null, position: 3, section: null })
    expect(nestTarget(items, byId('c'), 'out')).toEqual({ refusal: 'Agendapunt 3 staat al op het hoogste niveau.' })
  })
})

describe('dropTarget', () => {
  test('among siblings: takes the place of the item it is dropped on', () => {
    expect(dropTarget(items, byId('c'), byId('a'))).toEqual({ parentId: null, position: 1, section: null })
    expect(dropTarget(items, byId('b2'), byId('b1'))).toMatchObject({
      parentId: 'b',
      position: 1,
      section: { id: 'b' },
    })
  })

  test('a top-level item dropped on a sub-item joins that section at its place', () => {
    expect(dropTarget(items, byId('c'), byId('b2'))).toMatchObject({ parentId: 'b', position: 2, section: { id: 'b' } })
  })

  test('a sub-item dropped on a top-level item goes last into that section', () => {
    expect(dropTarget(items, byId('b1'), byId('c'))).toEqual({ parentId: 'c', position: 1, section: byId('c') })
    expect(dropTarget(items, byId('b1'), byId('b'))).toMatchObject({ parentId: 'b', position: 2 })
  })

  test('a drop that changes nothing is no move; an item with sub-items stays on the top level', () => {
    expect(dropTarget(items, byId('a'), byId('a'))).toBeNull()
    expect(dropTarget(items, byId('b2'), byId('b'))).toBeNull()
    expect(dropTarget(items, byId('b'), byId('c'))).toEqual({ parentId: null, position: 3, section: null })
    expect(dropTarget(items, byId('b'), byId('b1'))).toEqual({
      refusal: expect.stringContaining('heeft zelf subpunten') as unknown,
    })
  })
})
