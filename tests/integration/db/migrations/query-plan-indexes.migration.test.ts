import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { listCases } from '../../../../db/cases/case-list.queries'
import { generateDemoData } from '../../../../db/demo/generate-demo-data'
import { searchAll } from '../../../../db/search/search.queries'
import { caseSortKeys } from '../../../../shared/contract/case.contract'
import { withVaultAt } from '../../../support/migration-vault'

const none = { phaseIds: [], themeIds: [], tableIds: [], kinds: [], gemeenteIds: [], text: '' }

it('2026-12-04-12 swaps the list’s and case page’s indexes on a vault with data; every answer stays the same', async () => {
  await withVaultAt('2026-12-04-11-backup-activity', async ({ db, migrations }) => {
    await generateDemoData(db, { seed: 7, scale: 0.02 })
    const answers = async () => ({
      lists: await Promise.all(
        caseSortKeys.flatMap((by) =>
          (['asc', 'desc'] as const).map((direction) =>
            listCases(db, { filter: none, sort: { by, direction }, after: null, offset: 3, limit: 40 }),
          ),
        ),
      ),
      search: await searchAll(db, 'de', 20),
    })
    const before = await answers()

    const { error, results } = await migrations.migrateTo('2026-12-04-12-query-plan-indexes')
    expect(error).toBeUndefined()
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([['2026-12-04-12-query-plan-indexes', 'Success']])

    expect(await answers()).toEqual(before)
    const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_schema WHERE type = 'index'`.execute(db)
    const names = rows.map((row) => row.name)
    expect(names).toEqual(
      expect.arrayContaining(['omt_case_updated_desc_code', 'phase_sort', 'involvement_subject_case']),
    )
    expect(names).not.toContain('omt_case_updated')
    expect(names).not.toContain('involvement_subject')
    expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)).rows).toEqual([
      { integrity_check: 'ok' },
    ])
  })
})
