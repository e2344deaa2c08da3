/** Dutch Excel reads `;` as the list separator: a comma-separated file would land in one column. */
export const CSV_SEPARATOR = ';'

/** What makes a spreadsheet read a text as a formula ("=HYPERLINK(…)" in a partner's name). */
const FORMULA_START = /^[=+\-@\t\r]/u
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)*$/u

/**
 * One field of RFC 4180, with `;` as separator: quoted when it holds the
 * separator, a quote, or a line break, with quotes doubled. A text that a
 * spreadsheet would run as a formula gets a leading apostrophe (OWASP's
 * advice against CSV injection); a negative number stays a number.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
  return /[;"\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Lines end in CRLF, as RFC 4180 says and Excel expects. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n'
}
