import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { createMeeting } from '../../../../db/meetings/meeting.queries'
import { getMeeting } from '../../../../db/read-models/meeting-page.queries'
import { meetingModePosition, moveMeetingMode } from '../../../../db/meetings/meeting-mode.queries'
import { withVaultAt } from '../../../support/migration-vault'

it('2026-11-22-05 adds meeting mode’s clocks to a vault with meetings; an existing meeting starts without a position', async () => {
  await withVaultAt('2026-11-22-04-search-merge-when-idle', async ({ db, migrations }) => {
    // A meeting as the previous version left it.
    const table = await db.selectFrom('omt_table').select('id').where('code', '=', 'D').executeTakeFirstOrThrow()
    const meeting = await createMeeting(
      db,
      {
        tableId: table.id,
        values: {
          date: '2025-03-12',
          startTime: '14:00',
          location: '',
          chair: null,
          secretary: null,
          numberPrefix: '',
        },
        source: 'sjabloon',
      },
      getMeeting,
    )

    const { error, results } = await migrations.migrateTo('2026-11-22-05-meeting-mode')
    expect(error).toBeUndefined()
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([['2026-11-22-05-meeting-mode', 'Success']])
    const schema = await sql<{
      sql: string
    }>`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'meeting_mode_clock'`.execute(db)
    expect(schema.rows[0]?.sql).toMatch(/\) STRICT, WITHOUT ROWID$/u)

    expect(await meetingModePosition(db, meeting.id)).toBeNull()
    const [first, second] = meeting.items.map((item) => item.id)
    await moveMeetingMode(db, meeting.id, first ?? '', new Date('2025-03-12T13:00:00Z'))
    const moved = await moveMeetingMode(db, meeting.id, second ?? '', new Date('2025-03-12T13:05:00Z'))
    expect(moved).toEqual({ itemId: second, since: '2025-03-12T13:05:00.000Z', spentMs: { [first ?? '']: 300_000 } })
    // At most one item is on per meeting, whatever the write path.
    await expect(
      db
        .updateTable('meeting_mode_clock')
        .set({ on_since: '2025-03-12T13:06:00.000Z' })
        .where('agenda_item_id', '=', first ?? '')
        .execute(),
    ).rejects.toThrow(/UNIQUE/u)

    expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)).rows).toEqual([
      { integrity_check: 'ok' },
    ])
    expect((await sql`PRAGMA foreign_key_check`.execute(db)).rows).toEqual([])
  })
})
