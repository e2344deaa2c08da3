/**
 * One text for one value: object keys sorted by code unit, no whitespace,
 * numbers and strings as JSON.stringify writes them. The report package's
 * digest is taken over this text, so writing a report twice gives the same
 * bytes, and a reader can insist that a body is exactly the canonical text of
 * what it parses to (nothing added that a parser would quietly drop).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: a number must be finite')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`
  }
  throw new TypeError(`canonicalJson: cannot write a ${typeof value}`)
}
