/** An attachment lives encrypted inside the vault; bigger files belong in the partner's own systems. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024

/** Base64 of the largest allowed file: four characters per three bytes, padded. */
export const ATTACHMENT_MAX_BASE64 = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4

export const ATTACHMENT_TOO_LARGE =
  'Deze bijlage is groter dan 25 MB. Verklein het bestand (bijvoorbeeld als pdf) of splits het op.'

export function attachmentTooLarge(fileName: string, bytes: number): string {
  // Rounded up, so a file just over the limit never reads as "25 MB".
  const megabytes = (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('nl-NL', { maximumFractionDigits: 1 })
  return `‘${fileName}’ is ${megabytes} MB; een bijlage mag hoogstens 25 MB zijn. Verklein het bestand (bijvoorbeeld als pdf) of splits het op.`
}

/**
 * Characters a file name must not hold: control characters (C0, DEL, C1),
 * line and paragraph separators, and the marks that steer text direction
 * (embeddings, overrides and isolates, LRM/RLM, the Arabic letter mark). A
 * right-to-left override makes "factuur\u202Efdp.exe" read as "factuurexe.pdf",
 * in the table, in the save dialog and on the user's disk.
 */
const INVISIBLE_OR_STEERING = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu

export const FILE_NAME_INVISIBLE =
  'Deze bestandsnaam bevat onzichtbare of sturende tekens. Geef het bestand een andere naam.'

export function hasInvisibleOrSteering(fileName: string): boolean {
  return fileName.search(INVISIBLE_OR_STEERING) >= 0
}

/** The name as it may be shown in a message: each such character as a visible �, in its place. */
export function visibleFileName(fileName: string): string {
  return fileName.replace(INVISIBLE_OR_STEERING, '\uFFFD')
}
