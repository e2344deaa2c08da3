import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { createCase } from '../../../../db/cases/case.queries'
import { getCase } from '../../../../db/read-models/case-page.queries'
import { searchAll } from '../../../../db/search/search.queries'
import { withVaultAt } from '../../../support/migration-vault'

it('2026-11-22-02 adds the case register to a vault with edited reference data', async () => {
  await withVaultAt('2026-11-22-01-reference-data', async ({ db, migrations }) => {
    // What a user may have done before updating: edit a prefix, add a partner, archive a theme.
    await db.updateTable('omt_table').set({ case_prefix: 'DW' }).where('code', '=', 'D').execute()
    await db
      .insertInto('partner')
      .values({ id: 'partner-extra', name: 'Omgevingsdienst Haaglanden', short_name: 'ODH', convenant: 0 })
      .execute()
    await db.updateTable('theme').set({ archived: 1 }).where('name', '=', 'Outlaw motorcycle gangs').execute()
    const referenceBefore = await db.selectFrom('omt_table').selectAll().orderBy('code').execute()

    const { error, results } = await migrations.migrateTo('2026-11-22-02-case-register')
    expect(error).toBeUndefined()
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([['2026-11-22-02-case-register', 'Success']])

    expect(await db.selectFrom('omt_table').selectAll().orderBy('code').execute()).toEqual(referenceBefore)
    expect(
      await db.selectFrom('partner').select('short_name').where('id', '=', 'partner-extra').executeTakeFirst(),
    ).toEqual({ short_name: 'ODH' })
    const schema = await db
      .selectFrom('sqlite_schema' as never)
      .select(['name' as never, 'sql' as never])
      .where('type' as never, '=', 'table' as never)
      .execute()
    const tableSql = new Map((schema as { name: string; sql: string }[]).map((row) => [row.name, row.sql]))
    for (const table of [
      'omt_case',
      'case_summary',
      'case_sequence',
      'case_theme',
      'case_gemeente',
      'case_phase',
      'subject',
      'involvement',
      'intervention',
      'search_document',
    ]) {
      expect(tableSql.get(table), table).toMatch(/\) STRICT(, WITHOUT ROWID)?$/u)
    }
    expect(tableSql.get('search_fts')).toMatch(/USING fts5/u)
    // The decision columns are there, nullable and without a foreign key until decisions exist.
    expect(tableSql.get('case_phase')).toMatch(/decision_id TEXT,/u)
    expect(tableSql.get('involvement')).toMatch(/opened_by_decision_id TEXT,\s+closed_by_decision_id TEXT CHECK/u)

    // The seeded prefix is used, and the register, its triggers and the index work on the migrated vault,
    // once the later migrations the app's code expects have run too.
    expect((await migrations.migrateToLatest()).error).toBeUndefined()
    const table = await db.selectFrom('omt_table').select('id').where('code', '=', 'D').executeTakeFirstOrThrow()
    const theme = await db
      .selectFrom('theme')
      .select('id')
      .where('name', '=', 'Malafide bedrijvigheid')
      .executeTakeFirstOrThrow()
    const detail = await createCase(
      db,
      {
        alias: 'Gemigreerde Meeuw',
        tableId: table.id,
        kind: 'lokaal',
        leadPartnerId: 'partner-extra',
        signalPartnerId: null,
        caseDirector: null,
        summary: 'Na de update geregistreerd.',
        themeIds: [theme.id],
        gemeenteIds: [],
        registeredOn: '2026-01-15',
        retentionUntil: '2031-01-15',
        code: null,
      },
      getCase,
    )
    expect(detail).toMatchObject({ code: 'DW-2026-001', phase: { code: 'signaal' }, leadPartner: { shortName: 'ODH' } })
    const { groups } = await searchAll(db, 'gemigreerd', 5)
    expect(groups.map((group) => [group.kind, group.results[0]?.id])).toEqual([['case', detail.id]])

    expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)).rows).toEqual([
      { integrity_check: 'ok' },
    ])
    expect((await sql`PRAGMA foreign_key_check`.execute(db)).rows).toEqual([])
    await expect(
      sql`INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)`.execute(db),
    ).resolves.toBeDefined()
  })
})
