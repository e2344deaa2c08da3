import { createHash, randomUUID } from 'node:crypto'
import type { AttachmentMeta } from '../../shared/contract/attachment.contract'
import { OmtError } from '../../shared/contract/errors'
import { ATTACHMENT_MAX_BYTES, attachmentTooLarge } from '../../shared/domain/attachment'
import { ITEM_GONE, itemFacts } from '../kernel/agenda-item-guard.queries'
import { assertEditable, meetingFacts, touchMeeting } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'
import { attachmentsOfItem, toAttachmentMeta } from './attachment-rows.queries'

const GONE = 'Deze bijlage bestaat niet (meer). Ververs het agendapunt.'
const UNREADABLE = 'Het bestand kon niet worden gelezen. Kies het bestand opnieuw.'

/** Base64 that decodes and encodes back to itself; anything else was damaged on the way. */
function decode(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.toString('base64') !== base64) throw new OmtError('VALIDATION', UNREADABLE, { contentBase64: UNREADABLE })
  return bytes
}

export async function listAttachments(db: Db, agendaItemId: string): Promise<{ rows: AttachmentMeta[] }> {
  await itemFacts(db, agendaItemId)
  return { rows: await attachmentsOfItem(db, agendaItemId) }
}

/** Stores the file inside the vault, so it is encrypted with everything else and leaves only by export. */
export function addAttachment(
  db: Db,
  input: { agendaItemId: string; fileName: string; mediaType: string; contentBase64: string },
): Promise<AttachmentMeta> {
  const bytes = decode(input.contentBase64)
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    const message = attachmentTooLarge(input.fileName, bytes.length)
    throw new OmtError('VALIDATION', message, { contentBase64: message })
  }
  return db.transaction().execute(async (trx) => {
    const { meeting } = await itemFacts(trx, input.agendaItemId)
    assertEditable(meeting)
    const row = {
      id: randomUUID(),
      agenda_item_id: input.agendaItemId,
      file_name: input.fileName,
      media_type: input.mediaType,
      size_bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      created_at: new Date().toISOString(),
    }
    await trx.insertInto('attachment').values(row).execute()
    await trx.insertInto('attachment_content').values({ attachment_id: row.id, bytes }).execute()
    await touchMeeting(trx, meeting.id)
    return toAttachmentMeta(row)
  })
}

/** The stored bytes with their description; a deleted item's attachments are gone until it is restored. */
export async function readAttachment(db: Db, id: string): Promise<{ meta: AttachmentMeta; bytes: Buffer }> {
  const row = await db
    .selectFrom('attachment as a')
    .innerJoin('attachment_content as c', 'c.attachment_id', 'a.id')
    .innerJoin('agenda_item as i', 'i.id', 'a.agenda_item_id')
    .select([
      'a.id',
      'a.agenda_item_id',
      'a.file_name',
      'a.media_type',
      'a.size_bytes',
      'a.sha256',
      'a.created_at',
      'c.bytes',
      'i.deleted_at',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst()
  if (!row || row.deleted_at !== null) throw new OmtError('NOT_FOUND', GONE)
  return { meta: toAttachmentMeta(row), bytes: Buffer.from(row.bytes) }
}

export async function getAttachment(db: Db, id: string): Promise<AttachmentMeta & { contentBase64: string }> {
  const { meta, bytes } = await readAttachment(db, id)
  return { ...meta, contentBase64: bytes.toString('base64') }
}

export function deleteAttachment(db: Db, id: string): Promise<{ id: string }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('attachment').select('agenda_item_id').where('id', '=', id).executeTakeFirst()
    if (!row) throw new OmtError('NOT_FOUND', GONE)
    const item = await trx
      .selectFrom('agenda_item')
      .select(['meeting_id', 'deleted_at'])
      .where('id', '=', row.agenda_item_id)
      .executeTakeFirst()
    if (!item || item.deleted_at !== null) throw new OmtError('NOT_FOUND', ITEM_GONE)
    const meeting = await meetingFacts(trx, item.meeting_id)
    assertEditable(meeting)
    // secure_delete is on: the freed pages are overwritten, not just unlinked.
    await trx.deleteFrom('attachment').where('id', '=', id).execute()
    await touchMeeting(trx, meeting.id)
    return { id }
  })
}
