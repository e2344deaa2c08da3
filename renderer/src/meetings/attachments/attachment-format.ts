const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const addedAt = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

const KIB = 1024
const MIB = 1024 * 1024

/**
 * "1,2 MB", "340 kB", "12 bytes": in the same 1024-based units as the
 * 25 MB limit, so a file listed as 25 MB is never refused as too large.
 */
export function fileSizeText(bytes: number): string {
  if (bytes < KIB) return bytes === 1 ? '1 byte' : `${whole.format(bytes)} bytes`
  const [value, unit] = bytes < MIB ? [bytes / KIB, 'kB'] : [bytes / MIB, 'MB']
  return `${(value < 10 ? decimal : whole).format(value)} ${unit}`
}

/** "22-11-2026, 14:03" in the computer's own time zone: when the secretary added it. */
export function addedAtText(isoTimestamp: string): string {
  return addedAt.format(new Date(isoTimestamp))
}
