/** "4 december 2026": an ISO timestamp as a date in Dutch time, which the reader's calendar shows. */
export function dutchDateOf(isoTimestamp: string): string {
  return new Date(isoTimestamp).toLocaleDateString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}
