/**
 * Sent with every app:// response. Everything is bundled, so 'self' suffices;
 * data: images only for small inline icons; no connect-src at all because the
 * renderer talks to main over IPC, never over fetch or sockets.
 *
 * blob: is the attachment viewer's: an attachment is shown from the bytes
 * the vault returned, as a blob: URL the renderer itself made (images in an
 * img, a PDF in a frame). Opening it in another program would need a plaintext
 * copy in a temp folder. A blob: URL can only be minted by our own script, so
 * this admits no outside content. The PDF frame's document inherits this
 * policy, and Chromium's PDF viewer embeds the file as a plugin inside it:
 * hence object-src blob: as well.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src blob:",
  "object-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers on every app:// response, files and refusals alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
}
