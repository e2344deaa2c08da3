import type { Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
import { migrations } from './index'

/** Generic over the schema, so the migrations folder needs no app type: each migration knows only the tables it makes. */
export function migrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } })
}

export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  const { error } = await migrator(db).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error('Migration failed')
}
