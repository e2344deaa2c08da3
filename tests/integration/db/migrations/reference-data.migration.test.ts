import { NO_MIGRATIONS } from 'kysely/migration'
import { expect, it } from 'vitest'
import type { Database } from '../../../../db/kernel/schema/database'
import { withVaultAt } from '../../../support/migration-vault'

it('2026-11-22-01 creates the reference tables with the region defaults', async () => {
  await withVaultAt(NO_MIGRATIONS, async ({ db, migrations }) => {
    const { error } = await migrations.migrateTo('2026-11-22-01-reference-data')
    expect(error).toBeUndefined()
    const count = async (table: keyof Database) =>
      Number((await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    expect(await count('omt_table')).toBe(6)
    expect(await count('district')).toBe(5)
    expect(await count('gemeente')).toBe(27)
    expect(await count('theme')).toBe(6)
    expect(await count('phase')).toBe(9)
    const leiden = await db
      .selectFrom('gemeente')
      .innerJoin('district', 'district.id', 'gemeente.district_id')
      .select('district.code')
      .where('gemeente.name', '=', 'Leiden')
      .executeTakeFirst()
    expect(leiden?.code).toBe('F')
    const strict = await db
      .selectFrom('sqlite_schema' as never)
      .select('sql' as never)
      .where('name' as never, '=', 'partner' as never)
      .executeTakeFirst()
    expect(String((strict as { sql: string } | undefined)?.sql)).toMatch(/STRICT$/u)
  })
})
