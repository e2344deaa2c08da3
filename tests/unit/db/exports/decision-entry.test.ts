import { describe, expect, test } from 'vitest'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { toDecisionEntry } from '../../../../db/exports/decision-entry'

const closing: Decision = {
  id: 'd-1',
  code: 'OMT-D 2026-014',
  year: 2026,
  number: 14,
  type: 'afsluiten',
  typeLabel: 'Afsluiten',
  status: 'geldig',
  decidedOn: '2026-03-12',
  meetingId: 'm-1',
  agendaItemId: 'a-1',
  table: { id: 't-d', code: 'D' },
  case: { id: 'c-1', code: 'D-2025-003', alias: 'Stille Haven' },
  text: 'De OMT besluit casus D-2025-003 (Stille Haven) af te sluiten.',
  reason: 'Alle interventies zijn afgerond.',
  closingReason: 'overgedragen',
  effect: {
    phase: {
      from: { id: 'p-e', code: 'evaluatie', name: 'Evaluatie' },
      to: { id: 'p-a', code: 'afgesloten', name: 'Afgesloten' },
    },
    caseKind: null,
    subjects: [],
    retention: null,
    minutes: null,
  },
  refersTo: null,
  correctionCount: 0,
  createdAt: '2026-03-12T10:00:00.000Z',
  updatedAt: '2026-03-12T10:00:00.000Z',
}

describe('toDecisionEntry', () => {
  test('prints the coded closing reason by its label among the effects, after the phase change', () => {
    expect(toDecisionEntry(closing, '8 Voorstellen afsluiting', null).effects).toEqual([
      'Fase van Evaluatie naar Afgesloten',
      'Reden van afsluiten: Overgedragen aan de reguliere aanpak',
    ])
  })

  test('a decision without one prints no such line', () => {
    const withdrawn = {
      ...closing,
      status: 'ingetrokken' as const,
      closingReason: null,
      effect: { ...closing.effect, phase: null },
    }
    expect(toDecisionEntry(withdrawn, '8 Voorstellen afsluiting', null).effects).toEqual([])
  })
})
