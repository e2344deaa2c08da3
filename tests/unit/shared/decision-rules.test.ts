import { describe, expect, it } from 'vitest'
import {
  type CaseFacts,
  decisionDateProblem,
  interruptedPhase,
  phaseRules,
  phaseTransition,
  retentionProblem,
} from '../../../shared/domain/decision-rules'
import { type DecisionType, formatDecisionCode } from '../../../shared/domain/decision-types'

const facts = (history: string[]): CaseFacts => {
  const phaseCode = history[history.length - 1] ?? 'signaal'
  return {
    code: 'D-2025-014',
    phaseCode,
    phaseName: phaseCode,
    phaseSince: '2025-03-01',
    registeredOn: '2025-01-10',
    history,
  }
}

describe('the phase rules as a table', () => {
  const main = ['signaal', 'analyse', 'gestart', 'uitvoering', 'evaluatie']
  const expected: Partial<Record<DecisionType, Record<string, string | null>>> = {
    'start-analyse': { signaal: 'analyse' },
    'start-casus': { analyse: 'gestart' },
    'niet-starten': { signaal: 'niet-gestart', analyse: 'niet-gestart' },
    'plan-van-aanpak': { gestart: 'uitvoering', evaluatie: 'uitvoering' },
    evaluatie: { uitvoering: 'evaluatie' },
    afsluiten: { evaluatie: 'afgesloten' },
    aanhouden: {
      signaal: 'aangehouden',
      analyse: 'aangehouden',
      gestart: 'aangehouden',
      uitvoering: 'aangehouden',
      evaluatie: 'aangehouden',
    },
    escaleren: { analyse: 'geescaleerd', gestart: 'geescaleerd', uitvoering: 'geescaleerd', evaluatie: 'geescaleerd' },
    hervatten: {},
  }
  for (const [type, allowed] of Object.entries(expected) as [DecisionType, Record<string, string | null>][]) {
    it.each(main)(`${type} from %s`, (phase) => {
      const history = main.slice(0, main.indexOf(phase) + 1)
      const verdict = phaseTransition(type, facts(history))
      const to = allowed[phase] ?? null
      expect(verdict.ok ? verdict.value : null).toBe(to)
      if (!verdict.ok) expect(verdict.message).toMatch(/^Casus D-2025-014 /u)
    })
  }

  it('returns from a side state to the phase it interrupted, and allows ending from there', () => {
    expect(phaseTransition('hervatten', facts(['signaal', 'analyse', 'aangehouden']))).toEqual({
      ok: true,
      value: 'analyse',
    })
    expect(
      phaseTransition(
        'hervatten',
        facts(['signaal', 'analyse', 'gestart', 'uitvoering', 'aangehouden', 'geescaleerd']),
      ),
    ).toEqual({ ok: true, value: 'uitvoering' })
    expect(phaseTransition('niet-starten', facts(['signaal', 'analyse', 'aangehouden']))).toEqual({
      ok: true,
      value: 'niet-gestart',
    })
    expect(phaseTransition('afsluiten', facts(['signaal', 'analyse', 'gestart', 'aangehouden']))).toEqual({
      ok: true,
      value: 'afgesloten',
    })
    expect(phaseTransition('afsluiten', facts(['signaal', 'analyse', 'aangehouden'])).ok).toBe(false)
    expect(interruptedPhase(['signaal', 'aangehouden', 'geescaleerd'])).toBe('signaal')
  })

  it('refuses everything about the phase of a case that ended', () => {
    for (const type of Object.keys(phaseRules) as DecisionType[]) {
      expect(
        phaseTransition(type, facts(['signaal', 'analyse', 'gestart', 'uitvoering', 'evaluatie', 'afgesloten'])),
      ).toEqual({
        ok: false,
        message:
          'Casus D-2025-014 is al afgesloten. Een nieuw signaal over dezelfde betrokkenen wordt een nieuwe casus.',
      })
    }
    expect(phaseTransition('start-casus', facts(['signaal', 'niet-gestart']))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/is niet gestart\./u) as unknown,
    })
  })

  it('says so when a type changes no phase', () => {
    expect(phaseTransition('overig', facts(['signaal']))).toEqual({
      ok: false,
      message: 'Een besluit ‘Overig’ wijzigt de fase niet.',
    })
  })
})

describe('dates, retention and numbers', () => {
  it('refuses a decision before the registration or before the current phase began', () => {
    expect(decisionDateProblem(facts(['signaal']), '2025-01-09', false)).toMatch(/is geregistreerd op 10-01-2025/u)
    expect(decisionDateProblem(facts(['signaal']), '2025-02-01', true)).toMatch(
      /staat sinds 01-03-2025 in fase signaal/u,
    )
    expect(decisionDateProblem(facts(['signaal']), '2025-02-01', false)).toBeNull()
    expect(decisionDateProblem(facts(['signaal']), '2025-03-01', true)).toBeNull()
  })

  it('only extends retention', () => {
    expect(retentionProblem('D-2025-014', '2030-01-10', '2030-01-10', '2025-03-12')).toMatch(/loopt al tot 10-01-2030/u)
    expect(retentionProblem('D-2025-014', '2030-01-10', '2031-01-10', '2025-03-12')).toBeNull()
  })

  it('formats decision numbers with the table code', () => {
    expect(formatDecisionCode('D', 2025, 31)).toBe('OMT-D 2025-031')
    expect(formatDecisionCode('ABC', 2026, 1204)).toBe('OMT-ABC 2026-1204')
  })
})
