import { describe, expect, it } from 'vitest'
import { layoutAgenda } from '../../../shared/domain/agenda'
import { fromMinutes, statusChangeProblem, toMinutes } from '../../../shared/domain/meeting'

describe('agenda numbering and timing', () => {
  it('numbers sections and sub-items in position order, with a prefix, timing sub-items after their section', () => {
    const { slots, plannedEnd } = layoutAgenda(
      [
        { id: 'b', parentId: null, position: 2, durationMinutes: 10 },
        { id: 'a', parentId: null, position: 1, durationMinutes: 5 },
        { id: 'b2', parentId: 'b', position: 7, durationMinutes: 15 },
        { id: 'b1', parentId: 'b', position: 3, durationMinutes: 5 },
        { id: 'c', parentId: null, position: 9, durationMinutes: 0 },
      ],
      { prefix: 'A', startTime: '23:50' },
    )
    expect(slots.map((slot) => [slot.id, slot.number, slot.depth, slot.startTime, slot.endTime])).toEqual([
      ['a', 'A1', 1, '23:50', '23:55'],
      ['b', 'A2', 1, '23:55', '00:05'],
      ['b1', 'A2.1', 2, '00:05', '00:10'],
      ['b2', 'A2.2', 2, '00:10', '00:25'],
      ['c', 'A3', 1, '00:25', '00:25'],
    ])
    expect(plannedEnd).toBe('00:25')
  })

  it('converts clock times', () => {
    expect(toMinutes('14:35')).toBe(875)
    expect(fromMinutes(875)).toBe('14:35')
    expect(fromMinutes(1440 + 5)).toBe('00:05')
  })
})

describe('meeting status changes', () => {
  const facts = { hasDecisions: false, date: '2025-03-12', today: '2025-03-12' }
  it('allows the forward steps and a step back, never adoption by hand', () => {
    expect(statusChangeProblem('voorbereiding', 'agenda-verzonden', facts)).toBeNull()
    expect(statusChangeProblem('agenda-verzonden', 'gehouden', facts)).toBeNull()
    expect(statusChangeProblem('gehouden', 'verslag-concept', facts)).toBeNull()
    expect(statusChangeProblem('gehouden', 'agenda-verzonden', facts)).toBeNull()
    expect(statusChangeProblem('gehouden', 'agenda-verzonden', { ...facts, hasDecisions: true })).toMatch(
      /al besluiten vastgelegd/u,
    )
    expect(statusChangeProblem('verslag-concept', 'verslag-vastgesteld', facts)).toMatch(/Verslag vaststellen/u)
    expect(statusChangeProblem('verslag-vastgesteld', 'gehouden', facts)).toMatch(/is vastgesteld/u)
    expect(statusChangeProblem('voorbereiding', 'gehouden', { ...facts, today: '2025-03-11' })).toMatch(
      /nog niet geweest/u,
    )
    expect(statusChangeProblem('voorbereiding', 'verslag-concept', facts)).toBe(
      'Van ‘In voorbereiding’ kan de status niet naar ‘Verslag concept’. Kies ‘Agenda verzonden’ of ‘Gehouden’.',
    )
  })
})
