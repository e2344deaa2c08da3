/** "4 december 2026": an ISO timestamp as a date in Dutch time, which the reader's calendar shows. */
export function dutchDateOf(isoTimestamp: string): string {
  return new Date(isoTimestamp).toLocaleDateString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

/** "4 december 2026 om 02:33": for versions saved on one day, which only the time tells apart. */
export function dutchDateTimeOf(isoTimestamp: string): string {
  const time = new Date(isoTimestamp).toLocaleTimeString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
  })
  return `${dutchDateOf(isoTimestamp)} om ${time}`
}
