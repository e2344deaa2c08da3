import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { type FieldErrors, OmtError } from '../../shared/contract/errors'
import type { MeetingSummary, MeetingValues } from '../../shared/contract/meeting.contract'
import { dutchDate, todayIso } from '../../shared/domain/iso-date'
import { type MeetingStatus, statusChangeProblem } from '../../shared/domain/meeting'
import { insertAttendees } from '../attendance/attendance.queries'
import { checkReferences } from '../kernel/reference-checks.queries'
import type { Answer, Db } from '../kernel/schema/database'
import { assertSlotFree } from './meeting-duplicate.queries'
import { editableMeeting, meetingFacts, meetingLabel } from '../kernel/meeting-guard.queries'
import {
  meetingColumnsOf,
  meetingSummary,
  meetingValuesOf,
  previousMeeting,
  summaryQuery,
  toSummary,
} from './meeting-rows.queries'
import { writeFirstAgenda } from '../agenda/first-agenda.queries'

/**
 * A new meeting with its first agenda (template, copy of the previous one, or
 * empty), the items held over last time, and its invitees: the previous
 * meeting's, or every active convenant partner. One transaction.
 */
export function createMeeting<T>(
  db: Db,
  input: { tableId: string; values: MeetingValues; source: 'sjabloon' | 'vorige' | 'leeg' },
  answer: Answer<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const problems: FieldErrors = {}
    await checkReferences(
      trx,
      [
        {
          field: 'tableId',
          table: 'omt_table',
          ids: [input.tableId],
          alreadyLinked: [],
          unknown: 'Deze ondermijningstafel bestaat niet (meer). Kies een tafel uit de lijst.',
          archived: 'Deze ondermijningstafel is gearchiveerd. Kies een actieve tafel.',
        },
      ],
      problems,
    )
    if (Object.keys(problems).length > 0) throw new OmtError('VALIDATION', undefined, problems)
    const { values } = input
    await assertSlotFree(trx, input.tableId, values.date, values.startTime, null)
    const previous = await previousMeeting(trx, input.tableId, values.date, values.startTime)
    if (input.source === 'vorige' && !previous) {
      throw new OmtError(
        'VALIDATION',
        'Deze tafel heeft nog geen eerdere vergadering om te kopiëren. Kies het standaardsjabloon.',
        {
          source: 'Deze tafel heeft nog geen eerdere vergadering om te kopiëren. Kies het standaardsjabloon.',
        },
      )
    }
    const id = randomUUID()
    const now = new Date().toISOString()
    await trx
      .insertInto('meeting')
      .values({
        id,
        table_id: input.tableId,
        ...meetingColumnsOf(values),
        status: 'voorbereiding',
        minutes_adopted_on: null,
        minutes_adopted_by_decision_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await writeFirstAgenda(trx, id, input.source, previous?.id ?? null)
    if (input.source === 'vorige' && previous) {
      const invitees = await trx
        .selectFrom('attendance')
        .selectAll()
        .where('meeting_id', '=', previous.id)
        .orderBy('position')
        .execute()
      await insertAttendees(
        trx,
        id,
        invitees.map((row) =>
          row.kind === 'partner'
            ? { kind: 'partner', partnerId: row.partner_id ?? '', personName: row.person_name, status: null }
            : { kind: 'gast', personName: row.person_name ?? '', organisation: row.organisation ?? '', status: null },
        ),
      )
    } else {
      const partners = await trx
        .selectFrom('partner')
        .select('id')
        .where('archived', '=', 0)
        .where('convenant', '=', 1)
        .orderBy('name')
        .execute()
      await insertAttendees(
        trx,
        id,
        partners.map((partner) => ({ kind: 'partner', partnerId: partner.id, personName: null, status: null })),
      )
    }
    return answer(trx, id)
  })
}

export function updateMeeting(
  db: Db,
  id: string,
  values: MeetingValues,
): Promise<{ meeting: MeetingSummary; previous: MeetingValues }> {
  return db.transaction().execute(async (trx) => {
    const meeting = await editableMeeting(trx, id)
    const row = await trx.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    await assertSlotFree(trx, meeting.tableId, values.date, values.startTime, id)
    const decided = await trx
      .selectFrom('decision')
      .select('code')
      .where('meeting_id', '=', id)
      .limit(1)
      .executeTakeFirst()
    if (decided && values.date !== row.date) {
      const message = `In deze vergadering zijn besluiten genomen (${decided.code}); hun datum is die van de vergadering. De datum blijft ${dutchDate(row.date)}.`
      throw new OmtError('VALIDATION', message, { date: message })
    }
    await trx
      .updateTable('meeting')
      .set({ ...meetingColumnsOf(values), updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
    return { meeting: await meetingSummary(trx, id), previous: meetingValuesOf(row) }
  })
}

export function setMeetingStatus(
  db: Db,
  id: string,
  status: MeetingStatus,
): Promise<{ meeting: MeetingSummary; previous: MeetingStatus }> {
  return db.transaction().execute(async (trx) => {
    const meeting = await meetingFacts(trx, id)
    const decided = await trx
      .selectFrom('decision')
      .select('id')
      .where('meeting_id', '=', id)
      .where('status', '=', 'geldig')
      .limit(1)
      .executeTakeFirst()
    const problem = statusChangeProblem(meeting.status, status, {
      hasDecisions: decided !== undefined,
      date: meeting.date,
      today: todayIso(),
    })
    if (problem) throw new OmtError('VALIDATION', problem, { status: problem })
    await trx
      .updateTable('meeting')
      .set({ status, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute()
    return { meeting: await meetingSummary(trx, id), previous: meeting.status }
  })
}

/** A meeting planned by mistake; once a decision is taken, the meeting is part of the record. */
export function deleteMeeting(db: Db, id: string): Promise<{ id: string }> {
  return db.transaction().execute(async (trx) => {
    const meeting = await editableMeeting(trx, id)
    const decided = await trx
      .selectFrom('decision')
      .select('code')
      .where('meeting_id', '=', id)
      .orderBy('number')
      .limit(1)
      .executeTakeFirst()
    if (decided) {
      throw new OmtError(
        'VALIDATION',
        `In de vergadering van ${meetingLabel(meeting)} is besluit ${decided.code} genomen; de vergadering blijft daarom bewaard.`,
      )
    }
    // Items carried over from here keep their place on later agendas; the foreign key drops the link.
    await trx.deleteFrom('meeting').where('id', '=', id).execute()
    return { id }
  })
}

export async function listMeetings(db: Db, tableId: string): Promise<{ rows: MeetingSummary[] }> {
  const rows = await summaryQuery(db)
    .where('m.table_id', '=', tableId)
    .orderBy('m.date', 'desc')
    .orderBy('m.start_time', 'desc')
    .execute()
  return { rows: rows.map(toSummary) }
}

/** The coming meetings of every table, soonest first: the overview on the start screen. */
export async function upcomingMeetings(
  db: Db,
  from: string | null,
  limit: number,
): Promise<{ rows: MeetingSummary[] }> {
  const rows = await summaryQuery(db)
    .where(sql`m.date`, '>=', from ?? todayIso())
    .orderBy('m.date')
    .orderBy('m.start_time')
    .orderBy('t.code')
    .limit(limit)
    .execute()
  return { rows: rows.map(toSummary) }
}
