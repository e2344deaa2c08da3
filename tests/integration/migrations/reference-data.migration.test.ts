import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { Kysely, NO_MIGRATIONS, SqliteDialect } from 'kysely'
import { expect, it } from 'vitest'
import { migrator } from '../../../db/migrations/migrate'
import type { Database } from '../../../db/schema/database'
import { closeDatabase, openEncryptedDatabase } from '../../../db/vault/open-database'

it('2026-11-22-01 creates the reference tables with the region defaults', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-migration-'))
  const sqlite = openEncryptedDatabase(join(folder, 'test.vault'), randomBytes(32), { create: true })
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  try {
    const migrations = migrator(db)
    await migrations.migrateTo(NO_MIGRATIONS)
    const { error } = await migrations.migrateTo('2026-11-22-01-reference-data')
    expect(error).toBeUndefined()
    const count = async (table: keyof Database) =>
      Number((await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    expect(await count('omt_table')).toBe(6)
    expect(await count('district')).toBe(5)
    expect(await count('gemeente')).toBe(27)
    expect(await count('theme')).toBe(6)
    expect(await count('phase')).toBe(9)
    const leiden = await db.selectFrom('gemeente').innerJoin('district', 'district.id', 'gemeente.district_id').select('district.code').where('gemeente.name', '=', 'Leiden').executeTakeFirst()
    expect(leiden?.code).toBe('F')
    const strict = await db.selectFrom('sqlite_schema' as never).select('sql' as never).where('name' as never, '=', 'partner' as never).executeTakeFirst()
    expect(String((strict as { sql: string } | undefined)?.sql)).toMatch(/STRICT$/u)
  } finally {
    closeDatabase(sqlite)
    rmSync(folder, { recursive: true, force: true })
  }
})
