import { describe, expect, test } from 'vitest'
import { withheldParts } from '../../../shared/domain/subject-overview'
import {
  blankOverviewDraft,
  draftErrors,
  saveRequestOf,
  withheldFieldName,
} from '../../../renderer/src/privacy/subject-overview/subject-overview-draft'

const SUBJECT = '3f1c0d4e-8a51-4c1b-9a7e-2b6f0c9d1e23'
const allParts = withheldParts.map((part) => part.id)

describe('the inzageverzoek form', () => {
  test('an empty purpose is told at its field in the contract’s Dutch words', () => {
    const errors = draftErrors(SUBJECT, { ...blankOverviewDraft, version: 'intern' })
    expect(errors).toEqual({ purpose: 'Vul het doel in, bijvoorbeeld het kenmerk van het inzageverzoek.' })
  })

  test('the hand-out asks for every withheld part that is not ticked, at its own checkbox', () => {
    const errors = draftErrors(SUBJECT, {
      version: 'verstrekking',
      purpose: 'Kenmerk 2026-031',
      confirmed: ['medewerkers'],
    })
    expect(Object.keys(errors).sort()).toEqual(
      allParts
        .filter((id) => id !== 'medewerkers')
        .map(withheldFieldName)
        .sort(),
    )
  })

  test('the internal version needs no confirmation', () => {
    expect(draftErrors(SUBJECT, { version: 'intern', purpose: 'Kenmerk 2026-031', confirmed: [] })).toEqual({})
    expect(saveRequestOf(SUBJECT, { version: 'intern', purpose: 'Kenmerk', confirmed: [] }).withholdingConfirmed).toBe(
      false,
    )
  })

  test('the confirmation the vault asks for is sent only when every part is ticked', () => {
    const draft = { version: 'verstrekking' as const, purpose: 'Kenmerk 2026-031', confirmed: allParts }
    expect(draftErrors(SUBJECT, draft)).toEqual({})
    expect(saveRequestOf(SUBJECT, draft)).toEqual({
      subjectId: SUBJECT,
      purpose: 'Kenmerk 2026-031',
      version: 'verstrekking',
      withholdingConfirmed: true,
    })
    expect(saveRequestOf(SUBJECT, { ...draft, confirmed: allParts.slice(1) }).withholdingConfirmed).toBe(false)
  })
})
