/**
 * Case- and accent-insensitive matching for the table filter: "geescaleerd"
 * finds "Geëscaleerd", "themas" finds "Thema’s".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’'`]/gu, '')
    .toLocaleLowerCase('nl')
}

export const dutchCollator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })
