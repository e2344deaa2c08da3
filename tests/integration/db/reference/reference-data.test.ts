import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Envelope, Output } from '../../../../shared/contract/index'
import { tempVault, type TempVault } from '../../../support/temp-vault'

let made: TempVault
beforeAll(async () => {
  made = await tempVault()
})
afterAll(() => made.cleanup())

function value<T>(answer: Envelope<unknown>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`)
  return answer.value as T
}

async function partners(includeArchived = false) {
  const list = value<Output<'reference:list'>>(
    await made.dispatch('reference:list', { kind: 'partner', includeArchived }),
  )
  if (list.kind !== 'partner') throw new Error('wrong kind')
  return list.rows
}

describe('reference data', () => {
  it('ships the region defaults', async () => {
    expect((await partners()).map((p) => p.shortName)).toEqual(
      expect.arrayContaining(['Politie', 'OM', 'FIOD', 'NLA', 'KMar', 'IND', 'UWV', 'NVWA', 'HEIT', 'FIU']),
    )
    const tables = value<Output<'reference:list'>>(
      await made.dispatch('reference:list', { kind: 'table', includeArchived: false }),
    )
    expect(tables.rows.map((t) => ('code' in t ? t.code : ''))).toEqual(['ABC', 'D', 'E', 'F', 'G', 'REG'])
  })

  it('creates, updates, archives and restores', async () => {
    const { id } = value<{ id: string }>(
      await made.dispatch('reference:create', {
        kind: 'partner',
        values: { name: 'Kansspelautoriteit', shortName: 'Ksa', convenant: false },
      }),
    )
    value(
      await made.dispatch('reference:update', {
        kind: 'partner',
        id,
        values: { name: 'Kansspelautoriteit (Ksa)', shortName: 'Ksa', convenant: false },
      }),
    )
    expect((await partners()).find((p) => p.id === id)?.name).toBe('Kansspelautoriteit (Ksa)')
    value(await made.dispatch('reference:archive', { kind: 'partner', id, archived: true }))
    expect((await partners()).some((p) => p.id === id)).toBe(false)
    expect((await partners(true)).find((p) => p.id === id)?.archived).toBe(true)
    value(await made.dispatch('reference:archive', { kind: 'partner', id, archived: false }))
    expect((await partners()).some((p) => p.id === id)).toBe(true)
  })

  it('refuses a gemeente in a district that does not exist, and changes nothing', async () => {
    const before = await made.dispatch('reference:list', { kind: 'gemeente', includeArchived: true })
    const answer = await made.dispatch('reference:create', {
      kind: 'gemeente',
      values: { name: 'Nergenshuizen', districtId: 'bestaat-niet' },
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await made.dispatch('reference:list', { kind: 'gemeente', includeArchived: true })).toEqual(before)
  })

  it('lets phases be renamed but not added or archived', async () => {
    const phases = value<Output<'reference:list'>>(
      await made.dispatch('reference:list', { kind: 'phase', includeArchived: false }),
    )
    const signaal = phases.rows[0]
    expect(signaal && 'code' in signaal && signaal.code).toBe('signaal')
    if (!signaal) return
    value(
      await made.dispatch('reference:update', {
        kind: 'phase',
        id: signaal.id,
        values: { name: 'Signaal ontvangen', sortOrder: 10 },
      }),
    )
    expect(
      await made.dispatch('reference:create', { kind: 'phase', values: { name: 'Nieuw', sortOrder: 5 } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await made.dispatch('reference:archive', { kind: 'phase', id: signaal.id, archived: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
  })

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(await made.dispatch('reference:archive', { kind: 'theme', id: 'onbekend', archived: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('stores and validates the auto-lock setting', async () => {
    expect(value(await made.dispatch('settings:get', {}))).toEqual({
      autoLockMinutes: 10,
      retentionYears: 5,
      backupReminderDays: 7,
    })
    expect(value(await made.dispatch('settings:update', { autoLockMinutes: 5 }))).toEqual({
      autoLockMinutes: 5,
      retentionYears: 5,
      backupReminderDays: 7,
    })
    expect(await made.dispatch('settings:update', { autoLockMinutes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { autoLockMinutes: 'Kies minstens 1 minuut.' } },
    })
  })
})
