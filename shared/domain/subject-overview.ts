/**
 * The parts of a data-subject overview (inzageverzoek) that the hand-out
 * version leaves out, each with the ground the law gives for it. The AVG
 * (art. 15 lid 4, art. 23) and the Wgs let the RIEC withhold what would harm
 * the rights of others or the prevention and investigation of crime; which
 * parts that are is decided here, in one list, and the user confirms it for
 * every hand-out before it is produced.
 */
export const withheldParts = [
  {
    id: 'besluittekst',
    title: 'Tekst en motivering van besluiten',
    reason: 'Vrije tekst kan gegevens over andere betrokkenen en onderzoeksinformatie bevatten.',
    ground: 'AVG art. 15 lid 4 en art. 23 lid 1 onder d en i',
  },
  {
    id: 'lopende-interventies',
    title: 'Geplande en lopende interventies',
    reason: 'Bekendmaking kan de handhaving of de opsporing schaden zolang de interventie loopt.',
    ground: 'AVG art. 23 lid 1 onder d',
  },
  {
    id: 'interventie-resultaat',
    title: 'Resultaat van interventies (vrije tekst)',
    reason: 'Vrije tekst van partners kan gegevens over anderen en onderzoeksinformatie bevatten.',
    ground: 'AVG art. 15 lid 4 en art. 23 lid 1 onder d en i',
  },
  {
    id: 'medewerkers',
    title: 'Namen en functies van medewerkers in het inzagelog',
    reason: 'De namen van medewerkers zijn hun persoonsgegevens, niet die van de betrokkene.',
    ground: 'AVG art. 15 lid 4 en art. 23 lid 1 onder i',
  },
  {
    id: 'interne-loggegevens',
    title: 'Interne bewerkingen en opgegeven doelen in het inzagelog',
    reason: 'Interne werkwijze; de betrokkene krijgt wel wanneer en voor welke verwerking.',
    ground: 'AVG art. 23 lid 1 onder d',
  },
] as const

export type WithheldPartId = (typeof withheldParts)[number]['id']

export const overviewVersions = ['intern', 'verstrekking'] as const
export type OverviewVersion = (typeof overviewVersions)[number]

export const overviewVersionLabels: Record<OverviewVersion, string> = {
  intern: 'Interne versie (volledig)',
  verstrekking: 'Versie voor de betrokkene',
}
