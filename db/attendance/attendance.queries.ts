import { randomUUID } from 'node:crypto'
import type { Attendee, AttendeeValues } from '../../shared/contract/attendance.contract'
import { type FieldErrors, OmtError } from '../../shared/contract/errors'
import type { AttendanceStatus } from '../../shared/domain/attendance'
import { editableMeeting, meetingFacts, touchMeeting } from '../kernel/meeting-guard.queries'
import { checkReferences, partnerCheck } from '../kernel/reference-checks.queries'
import type { Db } from '../kernel/schema/database'
import type { AttendanceTable } from '../kernel/schema/meeting.table'

const GONE = 'Deze aanwezige staat niet (meer) op de lijst. Ververs de lijst.'

function attendanceQuery(db: Db) {
  return db
    .selectFrom('attendance as a')
    .leftJoin('partner as p', 'p.id', 'a.partner_id')
    .selectAll('a')
    .select(['p.name as partner_name', 'p.short_name as partner_short_name'])
}

type Row = Awaited<ReturnType<ReturnType<typeof attendanceQuery>['execute']>>[number]

function toAttendee(row: Row): Attendee {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    kind: row.kind,
    partner:
      row.partner_id && row.partner_name !== null && row.partner_short_name !== null
        ? { id: row.partner_id, name: row.partner_name, shortName: row.partner_short_name }
        : null,
    personName: row.person_name,
    organisation: row.organisation,
    status: row.status,
    position: row.position,
  }
}

function valuesOf(
  row: Pick<AttendanceTable, 'kind' | 'partner_id' | 'person_name' | 'organisation' | 'status'>,
): AttendeeValues {
  return row.kind === 'partner'
    ? { kind: 'partner', partnerId: row.partner_id ?? '', personName: row.person_name, status: row.status }
    : { kind: 'gast', personName: row.person_name ?? '', organisation: row.organisation ?? '', status: row.status }
}

function columnsOf(values: AttendeeValues) {
  return values.kind === 'partner'
    ? {
        kind: values.kind,
        partner_id: values.partnerId,
        person_name: values.personName,
        organisation: null,
        status: values.status,
      }
    : {
        kind: values.kind,
        partner_id: null,
        person_name: values.personName,
        organisation: values.organisation,
        status: values.status,
      }
}

/** In the order added; partners first as invited, guests after them as they come. */
export async function attendanceOf(db: Db, meetingId: string): Promise<Attendee[]> {
  const rows = await attendanceQuery(db).where('a.meeting_id', '=', meetingId).orderBy('a.position').execute()
  return rows.map(toAttendee)
}

async function attendeeById(db: Db, id: string): Promise<Attendee> {
  const row = await attendanceQuery(db).where('a.id', '=', id).executeTakeFirst()
  if (!row) throw new OmtError('NOT_FOUND', GONE)
  return toAttendee(row)
}

async function checkPartner(db: Db, values: AttendeeValues, current: string | null): Promise<void> {
  if (values.kind !== 'partner') return
  const problems: FieldErrors = {}
  await checkReferences(db, [partnerCheck('partnerId', values.partnerId, current)], problems)
  if (Object.keys(problems).length > 0) throw new OmtError('VALIDATION', undefined, problems)
}

async function nextPosition(db: Db, meetingId: string): Promise<number> {
  const { last } = await db
    .selectFrom('attendance')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow()
  return Number(last ?? 0) + 1
}

export async function insertAttendees(db: Db, meetingId: string, list: readonly AttendeeValues[]): Promise<void> {
  if (list.length === 0) return
  const first = await nextPosition(db, meetingId)
  const now = new Date().toISOString()
  await db
    .insertInto('attendance')
    .values(
      list.map((values, index) => ({
        id: randomUUID(),
        meeting_id: meetingId,
        ...columnsOf(values),
        position: first + index,
        created_at: now,
      })),
    )
    .execute()
}

export function addAttendee(db: Db, meetingId: string, values: AttendeeValues): Promise<Attendee> {
  return db.transaction().execute(async (trx) => {
    await editableMeeting(trx, meetingId)
    await checkPartner(trx, values, null)
    const id = randomUUID()
    await trx
      .insertInto('attendance')
      .values({
        id,
        meeting_id: meetingId,
        ...columnsOf(values),
        position: await nextPosition(trx, meetingId),
        created_at: new Date().toISOString(),
      })
      .execute()
    await touchMeeting(trx, meetingId)
    return attendeeById(trx, id)
  })
}

/** Adds partners not yet invited; none given: every active convenant partner. */
export function invitePartners(
  db: Db,
  meetingId: string,
  partnerIds: readonly string[],
): Promise<{ rows: Attendee[] }> {
  return db.transaction().execute(async (trx) => {
    await editableMeeting(trx, meetingId)
    let candidates = trx.selectFrom('partner').select('id').where('archived', '=', 0).orderBy('name')
    candidates =
      partnerIds.length > 0 ? candidates.where('id', 'in', [...partnerIds]) : candidates.where('convenant', '=', 1)
    const invited = new Set(
      (
        await trx
          .selectFrom('attendance')
          .select('partner_id')
          .where('meeting_id', '=', meetingId)
          .where('partner_id', 'is not', null)
          .execute()
      ).map((row) => row.partner_id),
    )
    const fresh = (await candidates.execute()).filter((partner) => !invited.has(partner.id))
    await insertAttendees(
      trx,
      meetingId,
      fresh.map((partner) => ({ kind: 'partner', partnerId: partner.id, personName: null, status: null })),
    )
    await touchMeeting(trx, meetingId)
    return { rows: await attendanceOf(trx, meetingId) }
  })
}

async function editableRow(db: Db, id: string) {
  const row = await db.selectFrom('attendance').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new OmtError('NOT_FOUND', GONE)
  await editableMeeting(db, row.meeting_id)
  return row
}

export function updateAttendee(
  db: Db,
  id: string,
  values: AttendeeValues,
): Promise<{ attendee: Attendee; previous: AttendeeValues }> {
  return db.transaction().execute(async (trx) => {
    const row = await editableRow(trx, id)
    await checkPartner(trx, values, row.partner_id)
    await trx.updateTable('attendance').set(columnsOf(values)).where('id', '=', id).execute()
    await touchMeeting(trx, row.meeting_id)
    return { attendee: await attendeeById(trx, id), previous: valuesOf(row) }
  })
}

export function setAttendanceStatus(
  db: Db,
  id: string,
  status: AttendanceStatus | null,
): Promise<{ attendee: Attendee; previous: AttendanceStatus | null }> {
  return db.transaction().execute(async (trx) => {
    const row = await editableRow(trx, id)
    await trx.updateTable('attendance').set({ status }).where('id', '=', id).execute()
    await touchMeeting(trx, row.meeting_id)
    return { attendee: await attendeeById(trx, id), previous: row.status }
  })
}

export function removeAttendee(db: Db, id: string): Promise<{ id: string; removed: AttendeeValues }> {
  return db.transaction().execute(async (trx) => {
    const row = await editableRow(trx, id)
    await trx.deleteFrom('attendance').where('id', '=', id).execute()
    await touchMeeting(trx, row.meeting_id)
    return { id, removed: valuesOf(row) }
  })
}

export async function listAttendance(db: Db, meetingId: string): Promise<{ rows: Attendee[] }> {
  await meetingFacts(db, meetingId)
  return { rows: await attendanceOf(db, meetingId) }
}
