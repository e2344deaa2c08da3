/** "Dia 3 van 12": the counter's text for screen readers, and the live announcement with the title. */
export const slidePosition = (index: number, count: number): string => `Dia ${String(index + 1)} van ${String(count)}`

export const slideAnnouncement = (index: number, count: number, title: string): string =>
  `${slidePosition(index, count)}: ${title}`
