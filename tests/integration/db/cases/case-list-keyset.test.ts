import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseSortKeys } from '../../../../shared/contract/case.contract'
import type { Output } from '../../../../shared/contract/index'
import { generateDemoData } from '../../../../db/demo/generate-demo-data'
import { type TempVault, tempVault } from '../../../support/temp-vault'

let made: TempVault

beforeAll(async () => {
  made = await tempVault()
  await generateDemoData(made.vault.db, { seed: 2026, scale: 0.05 })
}, 120_000)

afterAll(() => made.cleanup())

const none = { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' }

async function list(input: unknown): Promise<Output<'case:list'>> {
  const answer = await made.dispatch('case:list', input)
  if (!answer.ok) throw new Error(`case:list failed: ${JSON.stringify(answer.error)}`)
  return answer.value as Output<'case:list'>
}

/** The list's order as the register always defined it, written out in plain SQL. */
async function expectedCodes(by: (typeof caseSortKeys)[number], direction: 'asc' | 'desc'): Promise<string[]> {
  const dir = sql.raw(direction)
  const order = {
    code: sql`c.code COLLATE NOCASE ${dir}`,
    alias: sql`c.alias COLLATE NOCASE ${dir}, c.code`,
    phase: sql`p.sort_order ${dir}, c.code`,
    table: sql`t.code ${dir}, c.code`,
    updated: sql`c.updated_at ${dir}, c.code`,
  }[by]
  const { rows } = await sql<{ code: string }>`SELECT c.code FROM omt_case c
    JOIN phase p ON p.id = c.current_phase_id JOIN omt_table t ON t.id = c.table_id
    ORDER BY ${order}`.execute(made.vault.db)
  return rows.map((row) => row.code)
}

describe('case:list pages by keyset', () => {
  for (const by of caseSortKeys)
    for (const direction of ['asc', 'desc'] as const)
      it(`walks the whole list by ${by} ${direction} page after page, in the same order as one read`, async () => {
        const sort = { by, direction }
        const codes: string[] = []
        let after: Output<'case:list'>['next'] = null
        let pages = 0
        do {
          const page = await list({ filter: none, sort, after, offset: 0, limit: 37 })
          codes.push(...page.rows.map((row) => row.code))
          after = page.next
          pages++
        } while (after && pages < 100)
        expect(codes).toEqual(await expectedCodes(by, direction))
        // Offset still lands where the cursor does.
        const third = await list({ filter: none, sort, after: null, offset: 74, limit: 37 })
        expect(third.rows.map((row) => row.code)).toEqual(codes.slice(74, 111))
      })

  it('pages a filtered list the same way, and ends with no cursor', async () => {
    const sort = { by: 'updated', direction: 'desc' }
    const filter = { ...none, kinds: ['lokaal'] }
    const whole = await list({ filter, sort, after: null, offset: 0, limit: 500 })
    expect(whole.next).toBeNull()
    const first = await list({ filter, sort, after: null, offset: 0, limit: 20 })
    const second = await list({ filter, sort, after: first.next, offset: 0, limit: 20 })
    expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(whole.rows.slice(0, 40).map((row) => row.id))
    expect(second.total).toBe(whole.total)
  })

  it('leaves out `after` as the first page, for callers from before the cursor', async () => {
    const sort = { by: 'code', direction: 'asc' }
    const page = await list({ filter: none, sort, offset: 0, limit: 5 })
    expect(page.rows.map((row) => row.code)).toEqual((await expectedCodes('code', 'asc')).slice(0, 5))
  })
})
