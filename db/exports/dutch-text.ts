/**
 * Dates as a Dutch document prints them, spelled out in code rather than left
 * to Intl: the same words on every machine, whatever ICU data Node carries.
 */
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]
const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']

const utc = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)

/** "12 maart 2026". */
export function longDate(isoDate: string): string {
  const date = utc(isoDate)
  return `${String(date.getUTCDate())} ${MONTHS[date.getUTCMonth()] ?? ''} ${String(date.getUTCFullYear())}`
}

/** "donderdag 12 maart 2026". */
export function weekdayDate(isoDate: string): string {
  return `${WEEKDAYS[utc(isoDate).getUTCDay()] ?? ''} ${longDate(isoDate)}`
}

/** "12-03-2026": in table cells, where columns line up. */
export function shortDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}-${isoDate.slice(5, 7)}-${isoDate.slice(0, 4)}`
}

/** "45 min", "1 uur 30 min". */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${String(minutes)} min`
  const rest = minutes % 60
  return `${String(Math.floor(minutes / 60))} uur${rest ? ` ${String(rest)} min` : ''}`
}

/** A name for a file on any system: no path separators or characters Windows refuses. */
export function safeFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
}
