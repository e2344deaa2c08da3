/** An attachment lives encrypted inside the vault; bigger files belong in the partner's own systems. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024

/** Base64 of the largest allowed file: four characters per three bytes, padded. */
export const ATTACHMENT_MAX_BASE64 = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4

export const ATTACHMENT_TOO_LARGE = 'Deze bijlage is groter dan 25 MB. Verklein het bestand (bijvoorbeeld als pdf) of splits het op.'

export function attachmentTooLarge(fileName: string, bytes: number): string {
  // Rounded up, so a file just over the limit never reads as "25 MB".
  const megabytes = (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('nl-NL', { maximumFractionDigits: 1 })
  return `‘${fileName}’ is ${megabytes} MB; een bijlage mag hoogstens 25 MB zijn. Verklein het bestand (bijvoorbeeld als pdf) of splits het op.`
}
