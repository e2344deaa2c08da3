import type { Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
import type { Database } from '../kernel/schema/database'
import { migrations } from './index'

export function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } })
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error } = await migrator(db).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error('Migration failed')
}
