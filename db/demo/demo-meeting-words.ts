import type { ClosingReason } from '../../shared/domain/closing-reason'

/** What minutes typically say, per kind of agenda item; fictitious and free of names of subjects. */
export const SECTION_NOTES: Record<string, readonly string[]> = {
  opening: [
    'De voorzitter opent de vergadering en heet iedereen welkom.',
    'De voorzitter opent de vergadering. Er zijn geen mededelingen.',
  ],
  verslag: [
    'Het verslag en de besluitenlijst worden ongewijzigd vastgesteld.',
    'Het verslag wordt met één tekstuele wijziging vastgesteld.',
  ],
  actielijst: [
    'De actielijst is doorgelopen; afgeronde acties zijn afgevoerd.',
    'Twee acties lopen nog; de termijnen zijn bijgesteld.',
  ],
  signalen: ['De nieuwe signalen zijn toegelicht door de inbrengende partners.'],
  'start-casus': ['De informatiebeelden zijn besproken.'],
  voortgang: ['De casusregisseurs lichten de voortgang toe.'],
  subjecten: ['De voorgestelde wijzigingen zijn besproken.'],
  afsluiting: ['De evaluaties zijn besproken.'],
  handhavingsknelpunten: [
    'Het plan van aanpak bedrijventerreinen ligt op schema.',
    'Geen nieuwe ontwikkelingen rond de handhavingsknelpunten.',
  ],
  rondvraag: [
    'Geen punten voor de rondvraag. De voorzitter sluit de vergadering.',
    'De gemeente meldt een themabijeenkomst; de voorzitter sluit de vergadering.',
  ],
}

export const ITEM_NOTES = [
  'De politie meldt dat het informatiebeeld bijna compleet is.',
  'De gemeente heeft een Bibob-toets gestart; de uitkomst wordt volgende vergadering verwacht.',
  'De Belastingdienst heeft een boekenonderzoek aangekondigd.',
  'Controle uitgevoerd met gemeente, politie en NLA; vervolgafspraken gemaakt.',
  'Het OM beraadt zich op vervolging; terugkoppeling in de volgende OMT.',
  'De partners delen nieuwe informatie over het pand; de casusregisseur werkt het plan van aanpak bij.',
  'Geen nieuwe ontwikkelingen sinds de vorige vergadering.',
  'De bestuurlijke rapportage is verstuurd aan de burgemeester.',
  'Besproken; de partners zetten de interventies voort volgens plan.',
  'De casus vraagt meer capaciteit dan voorzien; de voorzitter vraagt de partners om een inzet.',
] as const

export const CHAIR_NOTES = [
  'Vragen naar de planning van de politie.',
  'Let op: gevoelige informatie, niet in het verslag opnemen.',
  'Burgemeester is geïnformeerd; kort houden.',
  'Navragen of de Belastingdienst capaciteit heeft.',
] as const

export const REASONS = {
  'niet-starten': [
    'Onvoldoende aanknopingspunten voor een integrale aanpak.',
    'Het signaal wordt regulier opgepakt door de gemeente.',
    'Geen ondermijnende component vastgesteld.',
  ],
} as const

/** Why cases close, roughly as often as the region reports it: most reach their goals or go to the regular approach. */
export const CLOSING_REASON_WEIGHTS: readonly (readonly [ClosingReason, number])[] = [
  ['doelen-bereikt', 45],
  ['overgedragen', 25],
  ['geen-aanknopingspunten', 14],
  ['geen-capaciteit', 8],
  ['overig', 8],
]

/** The minutes' free-text reason, matching the coded one. */
export const CLOSING_REASON_TEXTS: Record<ClosingReason, readonly string[]> = {
  'doelen-bereikt': [
    'De interventies zijn afgerond en de criminogene uitstraling is weggenomen.',
    'Doelen van het plan van aanpak bereikt.',
  ],
  overgedragen: [
    'Overgedragen aan de reguliere handhaving.',
    'De gemeente zet de aanpak voort in het reguliere toezicht.',
  ],
  'geen-aanknopingspunten': ['Na de interventies bleven onvoldoende aanknopingspunten over voor een vervolg.'],
  'geen-capaciteit': ['De partners hebben onvoldoende capaciteit om de aanpak voort te zetten.'],
  overig: ['Betrokkenen zijn uit de regio vertrokken; de casus heeft geen doel meer.'],
}

export const OTHER_DECISIONS = [
  'De OMT neemt kennis van de voortgangsrapportage en vraagt de partners de interventies voort te zetten.',
  'De OMT vraagt de casusregisseur het plan van aanpak aan te vullen met een communicatieparagraaf.',
  'De OMT stemt in met een gezamenlijke controle in het komende kwartaal.',
  'De OMT besluit de burgemeester te informeren over de stand van zaken.',
] as const

export const ACTIONS = [
  'Informatiebeeld aanvullen en delen met de partners',
  'Bibob-advies aanvragen bij het Landelijk Bureau Bibob',
  'Integrale controle plannen met gemeente en politie',
  'Bestuurlijke rapportage opstellen',
  'Terugkoppeling geven over de uitkomst van het boekenonderzoek',
  'Plan van aanpak bijwerken en rondsturen',
  'Evaluatie opstellen voor de volgende OMT',
  'Contact leggen met de eigenaar van het pand',
  'Beslagmogelijkheden onderzoeken',
  'Afstemmen met het Zorg- en Veiligheidshuis over nazorg',
] as const

export const GUESTS: readonly [name: string, organisation: string][] = [
  ['Dr. L. Kaya', 'Universiteit Leiden'],
  ['M. de Wit', 'Omgevingsdienst Haaglanden'],
  ['R. Janssen', 'Landelijk Bureau Bibob'],
  ['S. Ouali', 'Woningcorporatie Vestia'],
]

export const LOCATIONS: Record<string, string> = {
  ABC: 'Stadhuis Den Haag, Spui 70',
  D: 'Stadskantoor Delft',
  E: 'Stadhuis Zoetermeer',
  F: 'Stadhuis Leiden',
  G: 'Stadhuis Alphen aan den Rijn',
  REG: 'RIEC Den Haag',
}
