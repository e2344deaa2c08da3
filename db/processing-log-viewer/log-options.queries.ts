import { type Kysely, sql } from 'kysely'
import type { LogOptions } from '../../shared/contract/processing-log.contract'
import type { Database } from '../kernel/schema/database'

/**
 * The choices of the viewer's filters. The operations present are read by
 * hopping along the (name, seq) index one distinct name at a time, so a
 * million entries cost as many lookups as there are names.
 */
export async function readLogOptions(db: Kysely<Database>): Promise<LogOptions> {
  const activities = await sql<{ id: string; name: string }>`
    SELECT a.id, a.name FROM processing_activity a
    WHERE a.version = (SELECT max(b.version) FROM processing_activity b WHERE b.id = a.id)
    ORDER BY a.name`.execute(db)
  const channels = await sql<{ name: string }>`
    WITH RECURSIVE present(name) AS (
      SELECT min(name) FROM processing_log
      UNION ALL
      SELECT (SELECT min(l.name) FROM processing_log l WHERE l.name > present.name) FROM present WHERE present.name IS NOT NULL)
    SELECT name FROM present WHERE name IS NOT NULL`.execute(db)
  const users = await db.selectFrom('vault_user').select(['id', 'name', 'role']).orderBy('created_at').execute()
  return { activities: activities.rows, channels: channels.rows.map((row) => row.name), users }
}
