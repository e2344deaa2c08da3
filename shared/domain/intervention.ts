/**
 * Interventions are measures a partner takes within its own powers. The
 * subtypes are a fixed list per kind (with "overig" as the way out) so reports
 * can count them; labels are what the user reads.
 */
export const interventionKinds = ['bestuursrechtelijk', 'strafrechtelijk', 'fiscaal', 'financieel'] as const
export type InterventionKind = (typeof interventionKinds)[number]

export const interventionKindLabels: Record<InterventionKind, string> = {
  bestuursrechtelijk: 'Bestuursrechtelijk',
  strafrechtelijk: 'Strafrechtelijk',
  fiscaal: 'Fiscaal',
  financieel: 'Financieel',
}

export const interventionSubtypes = {
  bestuursrechtelijk: {
    bibob: 'Bibob-toets',
    'damocles-waarschuwing': 'Waarschuwing (art. 13b Opiumwet)',
    damocles: 'Damocles (art. 13b Opiumwet)',
    'last-onder-dwangsom': 'Last onder dwangsom',
    'last-onder-bestuursdwang': 'Last onder bestuursdwang',
    sluiting: 'Sluiting (art. 174 Gemeentewet / APV)',
    'intrekking-vergunning': 'Intrekking vergunning',
    'weigering-vergunning': 'Weigering vergunning',
    'bestuurlijke-boete': 'Bestuurlijke boete',
    'bestuurlijke-rapportage': 'Bestuurlijke rapportage',
    'overig-bestuursrechtelijk': 'Overig bestuursrechtelijk',
  },
  strafrechtelijk: {
    opsporingsonderzoek: 'Opsporingsonderzoek',
    doorzoeking: 'Doorzoeking',
    aanhouding: 'Aanhouding',
    vervolging: 'Vervolging',
    strafbeschikking: 'Strafbeschikking',
    'overig-strafrechtelijk': 'Overig strafrechtelijk',
  },
  fiscaal: {
    boekenonderzoek: 'Boekenonderzoek',
    navorderingsaanslag: 'Navorderingsaanslag',
    naheffingsaanslag: 'Naheffingsaanslag',
    'fiscale-boete': 'Fiscale boete',
    'fiscale-invordering': 'Invordering',
    'overig-fiscaal': 'Overig fiscaal',
  },
  financieel: {
    beslag: 'Beslag',
    ontneming: 'Ontneming (afpakken)',
    witwasonderzoek: 'Financieel onderzoek witwassen',
    faillissementsaanvraag: 'Faillissementsaanvraag',
    'overig-financieel': 'Overig financieel',
  },
} as const satisfies Record<InterventionKind, Record<string, string>>

export type InterventionSubtype = {
  [K in InterventionKind]: keyof (typeof interventionSubtypes)[K]
}[InterventionKind]

export const allInterventionSubtypes = Object.values(interventionSubtypes).flatMap((subtypes) =>
  Object.keys(subtypes),
) as [InterventionSubtype, ...InterventionSubtype[]]

export function isSubtypeOf(kind: InterventionKind, subtype: string): boolean {
  return Object.hasOwn(interventionSubtypes[kind], subtype)
}

export function interventionSubtypeLabel(subtype: string): string {
  for (const subtypes of Object.values(interventionSubtypes)) {
    if (Object.hasOwn(subtypes, subtype)) return (subtypes as Record<string, string>)[subtype] ?? subtype
  }
  return subtype
}

export const interventionStatuses = ['gepland', 'lopend', 'afgerond', 'ingetrokken'] as const
export type InterventionStatus = (typeof interventionStatuses)[number]

export const interventionStatusLabels: Record<InterventionStatus, string> = {
  gepland: 'Gepland',
  lopend: 'Lopend',
  afgerond: 'Afgerond',
  ingetrokken: 'Ingetrokken',
}
