import { basename } from 'node:path'
import type { AttachmentSaveResult } from '../../shared/contract/attachment.contract'
import { writeFileAtomically } from '../kernel/write-file-atomically'
import type { Db } from '../kernel/schema/database'
import { readAttachment } from './attachment.queries'

/** Where the copy goes, asked of the user with the stored file name proposed; null when they cancel. */
export type AskTarget = (fileName: string) => Promise<string | null>

/**
 * "Opslaan als…", the same in the app and in the tests: read the attachment
 * first (a removed one is refused before any dialog opens), ask where, and
 * write the copy there as one complete file. Never via a temp folder.
 */
export async function saveAttachmentCopy(db: Db, id: string, askTarget: AskTarget): Promise<AttachmentSaveResult> {
  const { meta, bytes } = await readAttachment(db, id)
  const target = await askTarget(meta.fileName)
  if (!target) return { saved: false }
  await writeFileAtomically(target, bytes)
  return { saved: true, fileName: basename(target) }
}
