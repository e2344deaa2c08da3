import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, SqliteDialect } from 'kysely'
import { type Migrator, NO_MIGRATIONS } from 'kysely/migration'
import { migrator } from '../../db/migrations/migrate'
import type { Database } from '../../db/kernel/schema/database'
import { closeDatabase, openEncryptedDatabase } from '../../db/vault/open-database'

/**
 * A new encrypted vault file migrated up to `version` only, as an older
 * Tafelwerk left it, for a test of the migrations after it; removed afterwards.
 */
export async function withVaultAt(
  version: string | typeof NO_MIGRATIONS,
  test: (vault: { db: Kysely<Database>; migrations: Migrator }) => Promise<void>,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-migration-'))
  const sqlite = openEncryptedDatabase(join(folder, 'test.vault'), randomBytes(32), { create: true })
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  try {
    const migrations = migrator(db)
    await migrations.migrateTo(NO_MIGRATIONS)
    const { error } = await migrations.migrateTo(version)
    if (error)
      throw new Error(`migrating to ${typeof version === 'string' ? version : 'no migrations'} failed`, {
        cause: error,
      })
    await test({ db, migrations })
  } finally {
    closeDatabase(sqlite)
    rmSync(folder, { recursive: true, force: true })
  }
}
