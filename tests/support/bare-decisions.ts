import type { Vault } from '../../db/vault/vault'

let made = 0

/**
 * Decision rows with chosen ids, for register tests that only need a decision
 * id to exist (the register's decision columns are checked since decisions
 * exist). Real decisions go through decision:record.
 */
export async function insertBareDecisions(vault: Vault, ...ids: string[]): Promise<void> {
  const db = vault.db
  const table = await db.selectFrom('omt_table').select('id').orderBy('code').executeTakeFirstOrThrow()
  const serial = ++made
  const now = new Date().toISOString()
  const meetingId = `bare-meeting-${String(serial)}`
  const time = `${String(Math.floor(serial / 60) % 24).padStart(2, '0')}:${String(serial % 60).padStart(2, '0')}`
  await db
    .insertInto('meeting')
    .values({
      id: meetingId,
      table_id: table.id,
      date: '2000-01-01',
      start_time: time,
      location: '',
      chair: null,
      secretary: null,
      number_prefix: '',
      status: 'gehouden',
      minutes_adopted_on: null,
      minutes_adopted_by_decision_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute()
  const itemId = `bare-item-${String(serial)}`
  await db
    .insertInto('agenda_item')
    .values({
      id: itemId,
      meeting_id: meetingId,
      parent_id: null,
      position: 1,
      title: 'Testpunt',
      item_type: 'overig',
      case_id: null,
      presenter_partner_id: null,
      duration_minutes: 0,
      confidential: 0,
      notes: '',
      chair_notes: '',
      status: 'besproken',
      carried_over_from_id: null,
      deleted_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute()
  for (const [index, id] of ids.entries()) {
    const number = serial * 100 + index
    await db
      .insertInto('decision')
      .values({
        id,
        code: `TEST ${id}`,
        table_id: table.id,
        year: 2000,
        number,
        meeting_id: meetingId,
        agenda_item_id: itemId,
        decided_on: '2000-01-01',
        type: 'overig',
        status: 'geldig',
        case_id: null,
        text: 'Testbesluit',
        reason: null,
        phase_from_id: null,
        phase_to_id: null,
        case_kind_from: null,
        case_kind_to: null,
        retention_from: null,
        retention_to: null,
        minutes_meeting_id: null,
        refers_to_decision_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute()
  }
}
