import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Input } from '../../../../shared/contract/index'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { call, newCase, type Reference, reference } from '../../../support/case-fixtures'

let made: TempVault
let ref: Reference
const ids: Record<string, string> = {}

beforeAll(async () => {
  made = await tempVault()
  ref = await reference(made.vault)
  const first = await call(made.dispatch, 'case:create', newCase(ref))
  const second = await call(made.dispatch, 'case:create', newCase(ref, { alias: 'Rode Reiger' }))
  const link = async (caseId: string, subject: Input<'case:link-subject'>['subject']) =>
    (await call(made.dispatch, 'case:link-subject', { caseId, openedOn: '2025-03-01', subject })).subjectId
  ids.ozturk = await link(first.id, { kind: 'persoon', name: 'Ömer Öztürk', birthDate: '1984-06-12' })
  await link(second.id, { kind: 'bestaand', id: ids.ozturk })
  ids.ozturkUnknownBirth = (
    await call(made.dispatch, 'subject:create', { values: { kind: 'persoon', name: 'Omer Ozturk', birthDate: null } })
  ).id
  ids.ozturkOther = (
    await call(made.dispatch, 'subject:create', {
      values: { kind: 'persoon', name: 'Ömer Öztürk', birthDate: '1990-01-01' },
    })
  ).id
  ids.bouw = await link(first.id, { kind: 'rechtspersoon', name: 'Bouwbedrijf De Vries B.V.', kvk: '27654321' })
  ids.bouwNoKvk = (
    await call(made.dispatch, 'subject:create', {
      values: { kind: 'rechtspersoon', name: 'Bouwbedrijf de Vries BV', kvk: null },
    })
  ).id
  ids.car = await link(first.id, {
    kind: 'object',
    objectKind: 'voertuig',
    description: 'Personenauto BMW X5, kenteken XR-123-B',
  })
})
afterAll(() => made.cleanup())

const suggest = async (values: Input<'subject:suggest'>['values'], excludeId: string | null = null) =>
  (await call(made.dispatch, 'subject:suggest', { values, excludeId })).matches.map((match) => ({
    id: match.subject.id,
    reason: match.reason,
    caseCount: match.caseCount,
  }))

describe('duplicate-subject suggestion', () => {
  it('suggests the same name and date of birth, regardless of case, accents and spaces', async () => {
    const matches = await suggest({ kind: 'persoon', name: '  omer   OZTURK ', birthDate: '1984-06-12' })
    expect(matches[0]).toEqual({ id: ids.ozturk, reason: 'naam-en-geboortedatum', caseCount: 2 })
    // The record without a date of birth may be the same person; the one born in 1990 is not.
    expect(matches).toContainEqual({ id: ids.ozturkUnknownBirth, reason: 'naam', caseCount: 0 })
    expect(matches.map((m) => m.id)).not.toContain(ids.ozturkOther)
  })

  it('suggests every same name when the date of birth is not known', async () => {
    const matches = await suggest({ kind: 'persoon', name: 'Ömer Öztürk', birthDate: null })
    expect(matches.map((m) => m.id).sort()).toEqual([ids.ozturk, ids.ozturkUnknownBirth, ids.ozturkOther].sort())
    expect(matches.every((m) => m.reason === 'naam')).toBe(true)
  })

  it('suggests nothing for another name or another kind', async () => {
    expect(await suggest({ kind: 'persoon', name: 'Ömer Öztürk-Yılmaz', birthDate: '1984-06-12' })).toEqual([])
    expect(await suggest({ kind: 'rechtspersoon', name: 'Ömer Öztürk', kvk: null })).toEqual([])
  })

  it('suggests the legal entity with the same KvK number, whatever its name', async () => {
    const matches = await suggest({ kind: 'rechtspersoon', name: 'Heel Andere Naam B.V.', kvk: '27 654 321' })
    expect(matches).toEqual([{ id: ids.bouw, reason: 'kvk', caseCount: 1 }])
  })

  it('suggests legal entities by name when B.V. is written differently', async () => {
    const matches = await suggest({ kind: 'rechtspersoon', name: 'bouwbedrijf de vries bv', kvk: null })
    expect(matches.map((m) => m.id).sort()).toEqual([ids.bouw, ids.bouwNoKvk].sort())
    // With another KvK number, a same-named entity that has its own number is a different one.
    const withOther = await suggest({ kind: 'rechtspersoon', name: 'Bouwbedrijf De Vries B.V.', kvk: '12345678' })
    expect(withOther).toEqual([{ id: ids.bouwNoKvk, reason: 'naam', caseCount: 0 }])
  })

  it('suggests an object with the same kind and description', async () => {
    const matches = await suggest({
      kind: 'object',
      objectKind: 'voertuig',
      description: 'personenauto BMW X5 kenteken XR-123-B',
    })
    expect(matches).toEqual([{ id: ids.car, reason: 'omschrijving', caseCount: 1 }])
    expect(
      await suggest({ kind: 'object', objectKind: 'pand', description: 'Personenauto BMW X5, kenteken XR-123-B' }),
    ).toEqual([])
  })

  it('leaves out the subject being edited', async () => {
    const matches = await suggest({ kind: 'persoon', name: 'Ömer Öztürk', birthDate: '1984-06-12' }, ids.ozturk ?? null)
    expect(matches.map((m) => m.id)).not.toContain(ids.ozturk)
  })
})
