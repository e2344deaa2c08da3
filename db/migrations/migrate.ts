import { type Kysely, Migrator } from 'kysely'
import { migrations } from './index'

export function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } })
}

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error } = await migrator(db).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error('Migration failed')
}
