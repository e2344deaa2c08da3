import { type Kysely, sql } from 'kysely'

/**
 * Purging an expired case (bewaartermijn) must scrub names from decisions and
 * agenda items and delete attachments, also in meetings whose minutes are
 * adopted, which triggers otherwise keep read-only. `retention_purge_running`
 * holds a row only inside the purge's own transaction; while it does, those
 * three triggers stand aside. Every other write to adopted minutes is still
 * refused, and the purge is the only code that writes this table.
 */
const BYPASSED = ['agenda_item_adopted_update', 'decision_adopted_update', 'attachment_adopted_delete'] as const
const RUNNING = 'NOT EXISTS (SELECT 1 FROM retention_purge_running)'

export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql.raw(`CREATE TABLE retention_purge_running (case_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID`).execute(trx)
    for (const name of BYPASSED) {
      const found = await sql<{
        sql: string
      }>`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ${name}`.execute(trx)
      const original = found.rows[0]?.sql
      if (!original) throw new Error(`trigger ${name} is missing`)
      const when = original.indexOf(' WHEN ')
      const begin = original.indexOf(' BEGIN', when)
      if (when < 0 || begin < 0) throw new Error(`trigger ${name} has an unexpected shape`)
      const rewritten = `${original.slice(0, when)} WHEN ${RUNNING} AND (${original.slice(when + 6, begin)})${original.slice(begin)}`
      await sql.raw(`DROP TRIGGER ${name}`).execute(trx)
      await sql.raw(rewritten).execute(trx)
    }
  })
}
