const amsterdam = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * A moment in Dutch local time as a user reads it, 04-11-2026 09:30, put
 * together from parts so no runtime's punctuation differs. For the log's
 * messages and the inzageverzoek's access list alike.
 */
export function dutchMoment(iso: string | number): string {
  const part = Object.fromEntries(amsterdam.formatToParts(new Date(iso)).map((entry) => [entry.type, entry.value]))
  return `${part['day'] ?? ''}-${part['month'] ?? ''}-${part['year'] ?? ''} ${part['hour'] ?? ''}:${part['minute'] ?? ''}`
}
