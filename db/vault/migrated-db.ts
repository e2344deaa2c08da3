import { Kysely } from 'kysely'
import { OmtError } from '../../shared/contract/errors'
import type { Database, Db } from '../kernel/schema/database'
import { migrateToLatest } from '../migrations/migrate'
import { closeDatabase, type SqliteDatabase } from './open-database'
import { withStatementCache } from './statement-cache'
import { VaultDialect } from './vault-dialect'

/**
 * Kysely over an opened cipher database, migrated to the latest schema. If
 * migrating fails, or the vault locked while it ran (`stillWanted` says no),
 * the database is closed again and nothing stays open.
 */
export async function migratedDb(sqlite: SqliteDatabase, stillWanted: () => boolean): Promise<Db> {
  const db = new Kysely<Database>({ dialect: new VaultDialect(sqlite, { database: withStatementCache(sqlite) }) })
  try {
    await migrateToLatest(db)
    if (!stillWanted()) throw new OmtError('VAULT_LOCKED')
  } catch (error) {
    closeDatabase(sqlite)
    throw error
  }
  return db
}
