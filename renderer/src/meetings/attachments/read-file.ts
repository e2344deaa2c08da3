import { readFileAsBase64 } from '../../lib/read-file-base64'
import { ATTACHMENT_MAX_BYTES, attachmentTooLarge, visibleFileName } from '../../../../shared/domain/attachment'

export class FileProblem extends Error {}

/**
 * The file's bytes as base64 for `attachment:add`. The size is checked
 * before reading, so a 2 GB video is refused at once instead of being read
 * into memory first; the vault checks it again.
 */
export function readAsBase64(file: File): Promise<string> {
  const name = visibleFileName(file.name)
  if (file.size > ATTACHMENT_MAX_BYTES) return Promise.reject(new FileProblem(attachmentTooLarge(name, file.size)))
  return readFileAsBase64(
    file,
    () =>
      new FileProblem(
        `Het bestand ‘${name}’ kon niet worden gelezen. Er is niets toegevoegd; kies het bestand opnieuw.`,
      ),
  )
}

/** The bytes `attachment:get` returned, for a blob: URL or a text view. */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index)
  return bytes
}
