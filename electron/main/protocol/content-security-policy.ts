/**
 * Sent with every app:// response. Everything is bundled, so 'self' suffices;
 * data: images only for small inline icons; no connect-src at all because the
 * renderer talks to main over IPC, never over fetch or sockets.
 *
 * blob: in img-src is the attachment viewer's: an image attachment is shown
 * from the bytes the vault returned, as a blob: URL the renderer itself made.
 * Opening it in another program would need a plaintext copy in a temp folder.
 * A blob: URL can only be minted by our own script, so this admits no outside
 * content.
 *
 * worker-src 'self' is for pdf.js, which draws PDF attachments in our own page
 * (so no browser plugin, frame or object is needed: those stay 'none'). Its
 * worker is a file of the bundle; script-src 'self' would already admit it,
 * but saying so here keeps workers to our files even if script-src changes,
 * and rules out blob: workers. pdf.js runs with eval off and fetches nothing,
 * so neither 'unsafe-eval' nor connect-src is needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
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
