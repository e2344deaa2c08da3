import type { AttachmentMeta } from '../../shared/contract/attachment.contract'
import type { Db } from '../kernel/schema/database'

const columns = [
  'a.id',
  'a.agenda_item_id',
  'a.file_name',
  'a.media_type',
  'a.size_bytes',
  'a.sha256',
  'a.created_at',
] as const

type Row = {
  id: string
  agenda_item_id: string
  file_name: string
  media_type: string
  size_bytes: number
  sha256: string
  created_at: string
}

export function toAttachmentMeta(row: Row): AttachmentMeta {
  return {
    id: row.id,
    agendaItemId: row.agenda_item_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    createdAt: row.created_at,
  }
}

/** Descriptions only; the bytes are read one attachment at a time, when opened. */
export async function attachmentsOfMeeting(db: Db, meetingId: string): Promise<Map<string, AttachmentMeta[]>> {
  const rows = await db
    .selectFrom('attachment as a')
    .innerJoin('agenda_item as i', 'i.id', 'a.agenda_item_id')
    .select(columns)
    .where('i.meeting_id', '=', meetingId)
    .orderBy('a.created_at')
    .execute()
  const byItem = new Map<string, AttachmentMeta[]>()
  for (const row of rows) {
    const list = byItem.get(row.agenda_item_id) ?? []
    list.push(toAttachmentMeta(row))
    byItem.set(row.agenda_item_id, list)
  }
  return byItem
}

export async function attachmentsOfItem(db: Db, agendaItemId: string): Promise<AttachmentMeta[]> {
  const rows = await db
    .selectFrom('attachment as a')
    .select(columns)
    .where('a.agenda_item_id', '=', agendaItemId)
    .orderBy('a.created_at')
    .execute()
  return rows.map(toAttachmentMeta)
}
