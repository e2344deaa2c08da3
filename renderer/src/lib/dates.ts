/**
 * Dates cross the contract as `YYYY-MM-DD`. They are read as UTC midnight and
 * formatted in UTC, so no time zone can move a date by a day.
 */
function utc(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
}

const longFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const mediumFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const shortFormat = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "9 februari 2017": for facts and timelines, where there is room to read. */
export function longDate(isoDate: string): string {
  return longFormat.format(utc(isoDate))
}

/** "9 feb. 2017": where a long date would wrap (the phase timeline). */
export function mediumDate(isoDate: string): string {
  return mediumFormat.format(utc(isoDate))
}

/** "09-02-2017": for table cells, where columns must line up. */
export function shortDate(isoDate: string): string {
  return shortFormat.format(utc(isoDate))
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000)
}

/** "3 dagen", "5 maanden", "2 jaar en 4 maanden": how long a phase lasted, roughly as people say it. */
export function durationText(from: string, to: string): string {
  const days = Math.max(0, daysBetween(from, to))
  if (days < 31) return days === 1 ? '1 dag' : `${String(days)} dagen`
  const months = Math.round(days / 30.44)
  if (months < 24) return months === 1 ? '1 maand' : `${String(months)} maanden`
  const years = Math.floor(months / 12)
  const rest = months % 12
  if (rest === 0) return `${String(years)} jaar`
  return `${String(years)} jaar en ${rest === 1 ? '1 maand' : `${String(rest)} maanden`}`
}
