import { z } from 'zod'
import {
  ATTACHMENT_MAX_BASE64,
  ATTACHMENT_TOO_LARGE,
  FILE_NAME_INVISIBLE,
  hasInvisibleOrSteering,
} from '../domain/attachment'
import { Id } from '../domain/reference'
import { dataChannel, record } from './processing'
import { ExportPurpose } from './purpose'

const FileName = z
  .string('Kies een bestand.')
  .trim()
  .min(1, 'Het bestand heeft geen naam. Geef het bestand een naam en kies het opnieuw.')
  .max(255, 'De bestandsnaam is langer dan 255 tekens. Geef het bestand een kortere naam.')
  // Before the path check, so a name with both hears about the hidden characters first.
  .refine((name) => !hasInvisibleOrSteering(name), FILE_NAME_INVISIBLE)
  // A name, not a path: where the file came from stays on the user's disk.
  .refine((name) => !/[\\/]/u.test(name), 'Geef alleen de bestandsnaam, zonder map.')

/** Bytes cross the contract as base64: plain JSON, the same over IPC and the test bridge. */
const Base64 = z
  .string('Het bestand kon niet worden gelezen. Kies het bestand opnieuw.')
  .max(ATTACHMENT_MAX_BASE64, ATTACHMENT_TOO_LARGE)
  .refine(
    (text) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/u.test(text),
    'Het bestand kon niet worden gelezen. Kies het bestand opnieuw.',
  )

export const AttachmentMeta = z.object({
  id: Id,
  agendaItemId: Id,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the bytes, hex: proves a saved copy is the stored file. */
  sha256: z.string(),
  createdAt: z.string(),
})
export type AttachmentMeta = z.output<typeof AttachmentMeta>

export const AttachmentSaveResult = z.discriminatedUnion('saved', [
  /** The secretary closed the save dialog: nothing written. */
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string() }),
])
export type AttachmentSaveResult = z.output<typeof AttachmentSaveResult>

const preparing = { activity: 'voorbereiden-omt' } as const
const ofAttachment = (attachment: { id: string; agendaItemId: string }) => [
  record('bijlage', attachment.id),
  record('agendapunt', attachment.agendaItemId),
]

export const attachmentContract = {
  'attachment:list': dataChannel({
    input: z.object({ agendaItemId: Id }),
    output: z.object({ rows: z.array(AttachmentMeta) }),
    processing: {
      ...preparing,
      inputRecords: (input) => [record('agendapunt', input.agendaItemId)],
      records: (input, output) => [
        record('agendapunt', input.agendaItemId),
        ...output.rows.map((row) => record('bijlage', row.id)),
      ],
    },
  }),
  'attachment:add': dataChannel({
    input: z.object({
      agendaItemId: Id,
      fileName: FileName,
      mediaType: z
        .string()
        .trim()
        .max(200)
        .transform((type) => type || 'application/octet-stream'),
      contentBase64: Base64,
    }),
    output: AttachmentMeta,
    processing: {
      ...preparing,
      inputRecords: (input) => [record('agendapunt', input.agendaItemId)],
      records: (_input, output) => ofAttachment(output),
    },
  }),
  /** The bytes, for opening or saving a copy where the user chooses. */
  'attachment:get': dataChannel({
    input: z.object({ id: Id }),
    output: AttachmentMeta.extend({ contentBase64: z.string() }),
    processing: {
      ...preparing,
      inputRecords: (input) => [record('bijlage', input.id)],
      records: (_input, output) => ofAttachment(output),
    },
  }),
  'attachment:delete': dataChannel({
    input: z.object({ id: Id }),
    output: z.object({ id: Id }),
    processing: {
      ...preparing,
      inputRecords: (input) => [record('bijlage', input.id)],
      records: (_input, output) => [record('bijlage', output.id)],
    },
  }),
  /**
   * "Opslaan als…": asks where, then writes a copy of the stored bytes there.
   * Only Electron's main process has a save dialog; the test harness answers
   * it with a test folder. A copy on the disk has left the vault: verstrekken.
   */
  'attachment:save': dataChannel({
    input: z.object({ id: Id, purpose: ExportPurpose }),
    output: AttachmentSaveResult,
    electronOnly: true,
    processing: {
      activity: 'verstrekken',
      inputRecords: (input) => [record('bijlage', input.id)],
      records: (input) => [record('bijlage', input.id)],
      purpose: (input) => input.purpose,
    },
  }),
} as const
