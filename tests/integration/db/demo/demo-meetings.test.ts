import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoData, type DemoCounts } from '../../../../db/demo/generate-demo-data'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import { call } from '../../../support/meeting-fixtures'

// 2% of the benchmark size: 30 meetings, 1,000 agenda items, 400 decisions, 200 action items at most.
const SCALE = 0.02
let made: TempVault
let counts: DemoCounts
beforeAll(async () => {
  made = await tempVault()
  counts = await generateDemoData(made.vault.db, { seed: 11, scale: SCALE, endDate: '2026-11-01' })
})
afterAll(() => made.cleanup())

const rows = async (query: string) => (await sql.raw(query).execute(made.vault.db)).rows

describe('demo meetings', () => {
  it('makes meetings, agendas, decisions and actions in proportion', () => {
    expect(counts).toMatchObject({ meetings: 30, actionItems: 200 })
    expect(counts.decisions).toBeGreaterThan(100)
    expect(counts.decisions).toBeLessThanOrEqual(400)
    expect(counts.agendaItems).toBeGreaterThan(300)
  })

  it('dates every decided phase change and involvement from its decision, of the same case', async () => {
    expect(
      await rows(`SELECT cp.id FROM case_phase cp JOIN decision d ON d.id = cp.decision_id
      WHERE d.case_id != cp.case_id OR d.decided_on != cp.started_on OR d.phase_to_id != cp.phase_id`),
    ).toEqual([])
    expect(
      await rows(
        `SELECT d.id FROM decision d WHERE d.phase_to_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM case_phase WHERE decision_id = d.id)`,
      ),
    ).toEqual([])
    expect(
      await rows(`SELECT i.id FROM involvement i JOIN decision d ON d.id = i.opened_by_decision_id
      WHERE d.case_id != i.case_id OR d.decided_on != i.opened_on OR d.type NOT IN ('start-analyse', 'subject-toevoegen')`),
    ).toEqual([])
    expect(
      await rows(`SELECT i.id FROM involvement i JOIN decision d ON d.id = i.closed_by_decision_id
      WHERE d.case_id != i.case_id OR d.decided_on != i.closed_on OR d.type != 'subject-verwijderen'`),
    ).toEqual([])
    expect(
      await rows(`SELECT d.id FROM decision d JOIN meeting m ON m.id = d.meeting_id JOIN agenda_item a ON a.id = d.agenda_item_id
      WHERE a.meeting_id != d.meeting_id OR m.date != d.decided_on OR m.date > '2026-11-01' OR (a.case_id IS NOT NULL AND a.case_id != d.case_id)`),
    ).toEqual([])
  })

  it('follows the decision rules: every decided phase change is one the rules allow', async () => {
    const allowed = new Set([
      'signaal>analyse:start-analyse',
      'analyse>gestart:start-casus',
      'signaal>niet-gestart:niet-starten',
      'analyse>niet-gestart:niet-starten',
      'gestart>uitvoering:plan-van-aanpak',
      'evaluatie>uitvoering:plan-van-aanpak',
      'uitvoering>evaluatie:evaluatie',
      'evaluatie>afgesloten:afsluiten',
      'geescaleerd>afgesloten:afsluiten',
      'aangehouden>afgesloten:afsluiten',
      'aangehouden>niet-gestart:niet-starten',
    ])
    const transitions = (await rows(
      `SELECT pf.code AS from_code, pt.code AS to_code, d.type FROM decision d JOIN phase pf ON pf.id = d.phase_from_id JOIN phase pt ON pt.id = d.phase_to_id`,
    )) as { from_code: string; to_code: string; type: string }[]
    for (const t of transitions) {
      const key = `${t.from_code}>${t.to_code}:${t.type}`
      const sideState = ['aanhouden', 'escaleren', 'hervatten'].includes(t.type)
      expect(allowed.has(key) || sideState, key).toBe(true)
    }
  })

  it('gives every afsluiten decision a coded closing reason, and no other decision one', async () => {
    expect(await rows(`SELECT id FROM decision WHERE (type = 'afsluiten') != (closing_reason IS NOT NULL)`)).toEqual([])
    const byReason = (await rows(
      `SELECT closing_reason AS reason, count(*) AS n FROM decision WHERE type = 'afsluiten' GROUP BY 1 ORDER BY 2 DESC`,
    )) as { reason: string; n: number }[]
    expect(byReason.length).toBeGreaterThanOrEqual(3)
    expect(byReason[0]?.reason).toBe('doelen-bereikt')
  })

  it('numbers decisions per table and year without gaps, and adopts each meeting’s minutes at the next', async () => {
    expect(
      await rows(`SELECT table_id, year FROM decision GROUP BY table_id, year HAVING max(number) != count(*)`),
    ).toEqual([])
    expect(
      await rows(
        `SELECT s.table_id FROM decision_sequence s WHERE s.last_number != (SELECT max(number) FROM decision d WHERE d.table_id = s.table_id AND d.year = s.year)`,
      ),
    ).toEqual([])
    expect(
      await rows(`SELECT m.id FROM meeting m WHERE m.status = 'verslag-vastgesteld' AND NOT EXISTS (
      SELECT 1 FROM decision d WHERE d.id = m.minutes_adopted_by_decision_id AND d.minutes_meeting_id = m.id AND d.decided_on = m.minutes_adopted_on AND d.decided_on > m.date)`),
    ).toEqual([])
    expect(await rows(`SELECT status, count(*) AS n FROM meeting GROUP BY status ORDER BY status`)).toEqual([
      { status: 'verslag-concept', n: 6 },
      { status: 'verslag-vastgesteld', n: 18 },
      { status: 'voorbereiding', n: 6 },
    ])
  })

  it('keeps agenda positions dense, so numbers are what the screen computes', async () => {
    expect(
      await rows(
        `SELECT meeting_id, parent_id FROM agenda_item GROUP BY meeting_id, parent_id HAVING max(position) != count(*) OR min(position) != 1`,
      ),
    ).toEqual([])
    expect(await rows(`PRAGMA foreign_key_check`)).toEqual([])
  })

  it('reads through the real handlers: meetings, decision list, case history, action list, search', async () => {
    const [latest] = (await rows(`SELECT id FROM meeting WHERE status = 'verslag-concept' LIMIT 1`)) as { id: string }[]
    const meeting = await call(made.dispatch, 'meeting:get', { id: latest?.id ?? '' })
    expect(meeting.items.length).toBeGreaterThanOrEqual(10)
    expect(meeting.attendance.length).toBeGreaterThanOrEqual(13)
    const list = await call(made.dispatch, 'decision:list', {
      tableId: null,
      meetingId: null,
      caseId: null,
      year: null,
      offset: 0,
      limit: 50,
    })
    expect(list.total).toBe(counts.decisions)
    const decided = list.rows.find((d) => d.case !== null)
    const history = await call(made.dispatch, 'case:history', { caseId: decided?.case?.id ?? '' })
    expect(history.decisions.map((d) => d.id)).toContain(decided?.id)
    const actions = await call(made.dispatch, 'action:list', {
      filter: {
        tableIds: [],
        partnerIds: [],
        statuses: ['open'],
        dueFrom: null,
        dueUntil: null,
        overdueOnly: false,
        caseId: null,
      },
      sort: { by: 'due', direction: 'asc' },
      offset: 0,
      limit: 20,
    })
    expect(actions.total).toBeGreaterThan(0)
    const search = await call(made.dispatch, 'search:query', { text: 'informatiebeeld', limitPerKind: 5 })
    expect(search.groups.map((g) => g.kind)).toEqual(expect.arrayContaining(['agenda-item', 'action-item']))
  })

  it('is deterministic', async () => {
    const other = await tempVault()
    try {
      await generateDemoData(other.vault.db, { seed: 11, scale: SCALE, endDate: '2026-11-01' })
      const fingerprint = (t: TempVault) =>
        sql
          .raw(`SELECT d.id, d.code, d.type, d.decided_on, d.case_id, d.agenda_item_id FROM decision d ORDER BY d.id`)
          .execute(t.vault.db)
      expect((await fingerprint(other)).rows).toEqual((await fingerprint(made)).rows)
    } finally {
      other.cleanup()
    }
  })
})
