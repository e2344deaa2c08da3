import type { Database, Db } from '../kernel/schema/database'
import type { DemoMeetingPlan, Rows } from './demo-meeting-plan'

/**
 * The demo generator's SQL: the reference rows it builds on and the bulk
 * inserts of what it planned. Planning itself is pure and lives next door.
 */

export async function assertEmptyRegister(db: Db): Promise<void> {
  const existing = await db.selectFrom('omt_case').select('id').limit(1).executeTakeFirst()
  if (existing) throw new Error('Demo data goes only into an empty register, never into a vault with real cases.')
}

/** Ordered by name or code, not id: ids differ per vault, the order must not. */
export async function demoReferences(db: Db) {
  return {
    tables: await db
      .selectFrom('omt_table')
      .select(['id', 'code', 'case_prefix', 'district_id'])
      .where('archived', '=', 0)
      .orderBy('code')
      .execute(),
    gemeenten: await db
      .selectFrom('gemeente')
      .select(['id', 'name', 'district_id'])
      .where('archived', '=', 0)
      .orderBy('name')
      .execute(),
    themes: await db.selectFrom('theme').select(['id', 'name']).where('archived', '=', 0).orderBy('name').execute(),
    partners: await db.selectFrom('partner').select(['id', 'short_name']).orderBy('short_name').execute(),
    phases: await db.selectFrom('phase').select(['id', 'code']).execute(),
    districts: await db
      .selectFrom('district')
      .select(['id', 'code'])
      .where('archived', '=', 0)
      .orderBy('code')
      .execute(),
  }
}

export interface DemoMeetingReferences {
  phases: { id: string; code: string }[]
  /** The active convenant partners, by name: the invitees of every demo meeting. */
  partners: { id: string; short_name: string }[]
}

export async function demoMeetingReferences(db: Db): Promise<DemoMeetingReferences> {
  return {
    phases: await db.selectFrom('phase').select(['id', 'code']).execute(),
    partners: await db
      .selectFrom('partner')
      .select(['id', 'short_name'])
      .where('convenant', '=', 1)
      .where('archived', '=', 0)
      .orderBy('name')
      .execute(),
  }
}

/** Everything in one transaction; the search index follows through its triggers. */
export function inOneTransaction(db: Db, write: (trx: Db) => Promise<void>): Promise<void> {
  return db.transaction().execute(write)
}

/** Multi-row inserts, sized to stay under SQLite's 32,766 bound parameters. */
export async function insertAll<T extends keyof Database>(db: Db, table: T, rows: Rows<T>): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0] ?? {}).length
  const perBatch = Math.max(1, Math.floor(30_000 / columns))
  for (let start = 0; start < rows.length; start += perBatch) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + perBatch))
      .execute()
  }
}

/** Before the phase history: its rows point at these decisions. */
export async function insertDemoMeetings(db: Db, plan: DemoMeetingPlan): Promise<void> {
  await insertAll(db, 'meeting', plan.meetings)
  await insertAll(db, 'agenda_item', plan.agendaItems)
  await insertAll(db, 'decision', plan.decisions)
}

/** After the involvements: the links to them, attendance, actions, and the minutes' final status. */
export async function finishDemoMeetings(db: Db, plan: DemoMeetingPlan): Promise<void> {
  await insertAll(db, 'decision_involvement', plan.decisionInvolvements)
  await insertAll(db, 'attendance', plan.attendance)
  await insertAll(db, 'action_item', plan.actionItems)
  await insertAll(db, 'decision_sequence', plan.sequences)
  for (const final of plan.finalStatuses) {
    await db
      .updateTable('meeting')
      .set({
        status: final.status,
        minutes_adopted_on: final.adoptedOn,
        minutes_adopted_by_decision_id: final.adoptedBy,
      })
      .where('id', '=', final.id)
      .execute()
  }
}
