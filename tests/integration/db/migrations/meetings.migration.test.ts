import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { searchAll } from '../../../../db/search/search.queries'
import { createMeeting } from '../../../../db/meetings/meeting.queries'
import { getMeeting } from '../../../../db/read-models/meeting-page.queries'
import { recordDecision } from '../../../../db/decisions/decision.queries'
import { DecisionValues } from '../../../../shared/contract/decision.contract'
import { withVaultAt } from '../../../support/migration-vault'

it('2026-11-22-03 adds meetings to a vault with a case register, and clears decision ids that point nowhere', async () => {
  await withVaultAt('2026-11-22-02-case-register', async ({ db, migrations }) => {
    // A register as the previous version left it, including a phase period with a decision id from nowhere.
    const table = await db.selectFrom('omt_table').select('id').where('code', '=', 'D').executeTakeFirstOrThrow()
    // Written as rows: today's createCase writes columns that later migrations add.
    const signaal = await db.selectFrom('phase').select('id').where('code', '=', 'signaal').executeTakeFirstOrThrow()
    const detail = { id: 'van-voor-de-update' }
    await sql`INSERT INTO omt_case (id, code, alias, table_id, kind, lead_partner_id, case_director, registered_on,
        retention_until, current_phase_id, phase_since, created_at, updated_at)
      VALUES (${detail.id}, 'D-2025-001', 'Van Voor De Update', ${table.id}, 'lokaal', NULL, NULL, '2025-01-15',
        '2030-01-15', ${signaal.id}, '2025-01-15', '', '')`.execute(db)
    await sql`INSERT INTO case_summary (case_id, summary) VALUES (${detail.id}, '')`.execute(db)
    await sql`INSERT INTO case_sequence (prefix, year, last_number) VALUES ('D', 2025, 1)`.execute(db)
    await db
      .insertInto('case_phase')
      .values({
        id: 'eerst',
        case_id: detail.id,
        seq: 1,
        phase_id: signaal.id,
        started_on: '2025-01-15',
        decision_id: null,
        recorded_at: '',
      })
      .execute()
    const analyse = await db.selectFrom('phase').select('id').where('code', '=', 'analyse').executeTakeFirstOrThrow()
    await db
      .insertInto('case_phase')
      .values({
        id: 'oud',
        case_id: detail.id,
        seq: 2,
        phase_id: analyse.id,
        started_on: '2025-02-01',
        decision_id: 'nergens',
        recorded_at: '',
      })
      .execute()

    const { error, results } = await migrations.migrateTo('2026-11-22-03-meetings')
    expect(error).toBeUndefined()
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([['2026-11-22-03-meetings', 'Success']])

    const schema = await db
      .selectFrom('sqlite_schema' as never)
      .select(['name' as never, 'sql' as never])
      .where('type' as never, '=', 'table' as never)
      .execute()
    const tableSql = new Map((schema as { name: string; sql: string }[]).map((row) => [row.name, row.sql]))
    for (const name of [
      'meeting',
      'agenda_item',
      'attachment',
      'attachment_content',
      'attendance',
      'decision_sequence',
      'decision',
      'decision_involvement',
      'decision_correction',
      'action_item',
      'erratum',
      'export_record',
    ]) {
      expect(tableSql.get(name), name).toMatch(/\) STRICT(, WITHOUT ROWID)?$/u)
    }
    const period = await db
      .selectFrom('case_phase')
      .select(['decision_id'])
      .where('id', '=', 'oud')
      .executeTakeFirstOrThrow()
    expect(period.decision_id).toBeNull()

    // The migrated vault takes meetings and decisions, and the index finds them, once the later
    // migrations the app's code expects have run too.
    expect((await migrations.migrateToLatest()).error).toBeUndefined()
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
    const item = meeting.items.find((i) => i.type === 'start-casus')
    const decision = await recordDecision(
      db,
      item?.id ?? '',
      DecisionValues.parse({
        type: 'start-casus',
        caseId: detail.id,
        caseKind: 'betekenisvol',
        text: 'Gemigreerd besluit',
        refersToDecisionId: null,
      }),
    )
    expect(decision.code).toBe('OMT-D 2025-001')
    const { groups } = await searchAll(db, 'gemigreerd', 5)
    expect(groups.map((group) => [group.kind, group.results[0]?.id])).toEqual([['decision', decision.id]])

    expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)).rows).toEqual([
      { integrity_check: 'ok' },
    ])
    expect((await sql`PRAGMA foreign_key_check`.execute(db)).rows).toEqual([])
    await expect(
      sql`INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)`.execute(db),
    ).resolves.toBeDefined()
  })
})
