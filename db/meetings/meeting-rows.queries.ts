import type { MeetingSummary, MeetingValues } from '../../shared/contract/meeting.contract'
import { fromMinutes, minutesStatusOf, toMinutes } from '../../shared/domain/meeting'
import type { Db } from '../kernel/schema/database'
import type { MeetingTable } from '../kernel/schema/meeting.table'

export function summaryQuery(db: Db) {
  return db
    .selectFrom('meeting as m')
    .innerJoin('omt_table as t', 't.id', 'm.table_id')
    .leftJoin('decision as ad', 'ad.id', 'm.minutes_adopted_by_decision_id')
    .selectAll('m')
    .select(['t.code as table_code', 't.name as table_name', 'ad.code as adopted_by_code'])
    .select((eb) =>
      eb
        .selectFrom('agenda_item as i')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('i.meeting_id', '=', 'm.id')
        .where('i.deleted_at', 'is', null)
        .as('item_count'),
    )
    .select((eb) =>
      eb
        .selectFrom('agenda_item as i')
        .select((inner) => inner.fn.sum<number>('i.duration_minutes').as('n'))
        .whereRef('i.meeting_id', '=', 'm.id')
        .where('i.deleted_at', 'is', null)
        .as('planned_minutes'),
    )
    .select((eb) =>
      eb
        .selectFrom('decision as d')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('d.meeting_id', '=', 'm.id')
        .where('d.status', '=', 'geldig')
        .as('decision_count'),
    )
}

type Row = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number]

export function toSummary(row: Row): MeetingSummary {
  return {
    id: row.id,
    table: { id: row.table_id, code: row.table_code, name: row.table_name },
    date: row.date,
    startTime: row.start_time,
    location: row.location,
    chair: row.chair,
    secretary: row.secretary,
    numberPrefix: row.number_prefix,
    status: row.status,
    minutesStatus: minutesStatusOf(row.status),
    minutesAdoptedOn: row.minutes_adopted_on,
    minutesAdoptedBy:
      row.minutes_adopted_by_decision_id && row.adopted_by_code !== null
        ? { id: row.minutes_adopted_by_decision_id, code: row.adopted_by_code }
        : null,
    itemCount: Number(row.item_count ?? 0),
    decisionCount: Number(row.decision_count ?? 0),
    plannedEnd: fromMinutes(toMinutes(row.start_time) + Number(row.planned_minutes ?? 0)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function meetingSummary(db: Db, id: string): Promise<MeetingSummary> {
  const row = await summaryQuery(db).where('m.id', '=', id).executeTakeFirst()
  if (!row) throw new Error('meeting vanished inside its own transaction')
  return toSummary(row)
}

export function meetingValuesOf(
  row: Pick<MeetingTable, 'date' | 'start_time' | 'location' | 'chair' | 'secretary' | 'number_prefix'>,
): MeetingValues {
  return {
    date: row.date,
    startTime: row.start_time,
    location: row.location,
    chair: row.chair,
    secretary: row.secretary,
    numberPrefix: row.number_prefix,
  }
}

export function meetingColumnsOf(values: MeetingValues) {
  return {
    date: values.date,
    start_time: values.startTime,
    location: values.location,
    chair: values.chair,
    secretary: values.secretary,
    number_prefix: values.numberPrefix,
  }
}

/** The table's meeting just before a date and time: where carry-over and "vorige" copy from. */
export function previousMeeting(db: Db, tableId: string, date: string, startTime: string) {
  return db
    .selectFrom('meeting')
    .select(['id', 'date', 'start_time', 'status'])
    .where('table_id', '=', tableId)
    .where((eb) => eb.or([eb('date', '<', date), eb.and([eb('date', '=', date), eb('start_time', '<', startTime)])]))
    .orderBy('date', 'desc')
    .orderBy('start_time', 'desc')
    .limit(1)
    .executeTakeFirst()
}
