import { type Kysely, sql } from 'kysely'

/**
 * Meeting mode's position kept in the vault, so a restart or a crash in the
 * middle of a meeting picks up at the same item with its clock intact.
 *
 * One row per agenda item that has been on in meeting mode: the time spent on
 * it so far, and `on_since` for the item that is on now (at most one per
 * meeting). Going back to an item continues its clock.
 *
 * The application refuses changes once the minutes are adopted; the triggers
 * stop any write path that forgets to ask. Deletes stay allowed: adopting the
 * minutes purges removed agenda items, and their rows go with them.
 */
const ADOPTED = `'verslag-vastgesteld'`
const adopted = (row: string) => `(SELECT status FROM meeting WHERE id = ${row}.meeting_id) = ${ADOPTED}`
const raise = `BEGIN SELECT RAISE(ABORT, 'meeting_mode_clock: the minutes of this meeting are adopted'); END`

const statements: string[] = [
  `CREATE TABLE meeting_mode_clock (
    agenda_item_id TEXT PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    spent_ms INTEGER NOT NULL DEFAULT 0 CHECK (spent_ms >= 0),
    on_since TEXT
  ) STRICT, WITHOUT ROWID`,
  `CREATE UNIQUE INDEX meeting_mode_clock_current ON meeting_mode_clock (meeting_id) WHERE on_since IS NOT NULL`,
  `CREATE INDEX meeting_mode_clock_meeting ON meeting_mode_clock (meeting_id)`,
  // The row's meeting is the item's meeting: a clock never counts for another meeting's item.
  `CREATE TRIGGER meeting_mode_clock_item_insert BEFORE INSERT ON meeting_mode_clock
   WHEN NOT EXISTS (SELECT 1 FROM agenda_item WHERE id = NEW.agenda_item_id AND meeting_id = NEW.meeting_id)
   BEGIN SELECT RAISE(ABORT, 'meeting_mode_clock: the agenda item is not of this meeting'); END`,
  `CREATE TRIGGER meeting_mode_clock_adopted_insert BEFORE INSERT ON meeting_mode_clock WHEN ${adopted('NEW')} ${raise}`,
  `CREATE TRIGGER meeting_mode_clock_adopted_update BEFORE UPDATE ON meeting_mode_clock WHEN ${adopted('OLD')} OR ${adopted('NEW')} ${raise}`,
]

/** All or nothing, as the other migrations. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx)
  })
}
