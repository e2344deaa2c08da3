import { randomUUID } from 'node:crypto'
import { OmtError } from '../../shared/contract/errors'
import type { Erratum, ExportRecord } from '../../shared/contract/meeting.contract'
import { dutchDate } from '../../shared/domain/iso-date'
import { ADOPTABLE, ADOPTED, meetingStatusLabels, minutesStatusOf } from '../../shared/domain/meeting'
import type { ExportDocument, ExportFormat, ExportVariant } from '../../shared/domain/minutes-export'
import type { Db } from '../kernel/schema/database'
import { type MeetingFacts, meetingFacts, meetingLabel } from '../kernel/meeting-guard.queries'

/** Why these minutes cannot be adopted now, or null. */
export function adoptionProblem(meeting: MeetingFacts, adoptedOn: string): string | null {
  if (meeting.status === ADOPTED)
    return `Het verslag van de vergadering van ${meetingLabel(meeting)} is al vastgesteld.`
  if (!ADOPTABLE.includes(meeting.status)) {
    return `De vergadering van ${meetingLabel(meeting)} staat op ‘${meetingStatusLabels[meeting.status]}’; een verslag wordt vastgesteld nadat de vergadering is gehouden.`
  }
  if (adoptedOn < meeting.date)
    return `Het verslag kan niet worden vastgesteld vóór de vergadering zelf (${dutchDate(meeting.date)}).`
  return null
}

/**
 * Makes minutes final, by a decision of a later meeting or by the manual step.
 * Items removed from the agenda are purged first: adopted minutes keep no
 * half-deleted text, and the read-only triggers would refuse it afterwards.
 */
export async function adoptMinutesOf(
  db: Db,
  meeting: MeetingFacts,
  adoptedOn: string,
  decisionId: string | null,
): Promise<void> {
  const problem = adoptionProblem(meeting, adoptedOn)
  if (problem) throw new OmtError('VALIDATION', problem)
  const deleted = await db
    .selectFrom('agenda_item')
    .select('id')
    .where('meeting_id', '=', meeting.id)
    .where('deleted_at', 'is not', null)
    .execute()
  if (deleted.length > 0)
    await db
      .deleteFrom('agenda_item')
      .where(
        'id',
        'in',
        deleted.map((row) => row.id),
      )
      .execute()
  await db
    .updateTable('meeting')
    .set({
      status: ADOPTED,
      minutes_adopted_on: adoptedOn,
      minutes_adopted_by_decision_id: decisionId,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', meeting.id)
    .execute()
}

export async function erratumRows(db: Db, meetingId: string): Promise<Erratum[]> {
  const rows = await db.selectFrom('erratum').selectAll().where('meeting_id', '=', meetingId).orderBy('seq').execute()
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    seq: row.seq,
    text: row.text,
    date: row.date,
    createdAt: row.created_at,
  }))
}

/** A correction of adopted minutes; concept minutes are simply edited. */
export function addErratum(db: Db, meetingId: string, values: { text: string; date: string }): Promise<Erratum> {
  return db.transaction().execute(async (trx) => {
    const meeting = await meetingFacts(trx, meetingId)
    if (meeting.status !== ADOPTED) {
      throw new OmtError(
        'VALIDATION',
        'Het verslag is nog concept. Pas het verslag zelf aan; een erratum is voor een vastgesteld verslag.',
      )
    }
    if (values.date < meeting.date)
      throw new OmtError('VALIDATION', undefined, {
        date: `Een erratum dateert van na de vergadering (${dutchDate(meeting.date)}).`,
      })
    const { last } = await trx
      .selectFrom('erratum')
      .select((eb) => eb.fn.max('seq').as('last'))
      .where('meeting_id', '=', meetingId)
      .executeTakeFirstOrThrow()
    const row = {
      id: randomUUID(),
      meeting_id: meetingId,
      seq: Number(last ?? 0) + 1,
      text: values.text,
      date: values.date,
      created_at: new Date().toISOString(),
    }
    await trx.insertInto('erratum').values(row).execute()
    return { id: row.id, meetingId, seq: row.seq, text: row.text, date: row.date, createdAt: row.created_at }
  })
}

function toExportRecord(row: {
  id: string
  meeting_id: string | null
  document: ExportDocument
  variant: ExportVariant
  format: ExportFormat
  file_name: string
  minutes_status: 'concept' | 'vastgesteld'
  exported_at: string
}): ExportRecord {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    document: row.document,
    variant: row.variant,
    format: row.format,
    fileName: row.file_name,
    minutesStatus: row.minutes_status,
    exportedAt: row.exported_at,
  }
}

/** Records what left the laptop (the file name, not the folder: that is the user's own business). */
export function recordExport(
  db: Db,
  input: {
    meetingId: string
    document: ExportDocument
    variant: ExportVariant
    format: ExportFormat
    fileName: string
  },
): Promise<ExportRecord> {
  return db.transaction().execute(async (trx) => {
    const meeting = await meetingFacts(trx, input.meetingId)
    const fileName = input.fileName.split(/[\\/]/u).pop() ?? input.fileName
    const row = {
      id: randomUUID(),
      meeting_id: meeting.id,
      document: input.document,
      variant: input.variant,
      format: input.format,
      file_name: fileName || input.fileName,
      minutes_status: minutesStatusOf(meeting.status),
      exported_at: new Date().toISOString(),
    }
    await trx.insertInto('export_record').values(row).execute()
    return toExportRecord(row)
  })
}

export async function listExports(db: Db, meetingId: string): Promise<{ rows: ExportRecord[] }> {
  await meetingFacts(db, meetingId)
  const rows = await db
    .selectFrom('export_record')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('exported_at', 'desc')
    .execute()
  return { rows: rows.map(toExportRecord) }
}
