import { type InterventionKind, type InterventionStatus, interventionSubtypes } from '../../shared/domain/intervention'
import type { Prng } from './prng'

/** Which partners carry out which kind of measure, roughly by how often. */
const PARTNERS_BY_KIND: Record<InterventionKind, readonly (readonly [string, number])[]> = {
  bestuursrechtelijk: [
    ['Gemeente', 85],
    ['Provincie', 5],
    ['NVWA', 5],
    ['NLA', 5],
  ],
  strafrechtelijk: [
    ['Politie', 50],
    ['OM', 30],
    ['FIOD', 8],
    ['KMar', 6],
    ['NLA', 6],
  ],
  fiscaal: [
    ['Belastingdienst', 75],
    ['FIOD', 15],
    ['Douane', 10],
  ],
  financieel: [
    ['OM', 35],
    ['Belastingdienst', 25],
    ['FIOD', 20],
    ['Politie', 15],
    ['UWV', 5],
  ],
}

const PROGRESS: Record<'gepland' | 'lopend' | 'ingetrokken', readonly string[]> = {
  gepland: ['Uitvoering gepland na afstemming in de OMT.', 'Voorbereiding loopt; datum volgt.', ''],
  lopend: [
    'Loopt; tussenstand volgt in de volgende OMT.',
    'Zienswijze van betrokkene ontvangen, besluit in voorbereiding.',
    'Eerste controle uitgevoerd, vervolgcontrole gepland.',
  ],
  ingetrokken: [
    'Ingetrokken na nieuwe informatie van de politie.',
    'Niet doorgezet: onvoldoende grond.',
    'Vervallen na vertrek van de onderneming.',
  ],
}

/** What a finished measure of each kind typically produced. */
const OUTCOMES: Record<string, readonly string[]> = {
  bibob: [
    'Vergunning geweigerd op grond van de Wet Bibob.',
    'Bibob-advies: ernstig gevaar; aanvraag ingetrokken door aanvrager.',
  ],
  'damocles-waarschuwing': [
    'Schriftelijke waarschuwing gegeven na een drugsvondst in de woning.',
    'Waarschuwing op grond van art. 13b Opiumwet; bij herhaling volgt sluiting.',
  ],
  damocles: [
    'Woning voor drie maanden gesloten op grond van art. 13b Opiumwet.',
    'Bedrijfspand voor zes maanden gesloten.',
  ],
  'last-onder-dwangsom': ['Dwangsom verbeurd en ingevorderd.', 'Overtreding binnen de begunstigingstermijn beëindigd.'],
  'last-onder-bestuursdwang': [
    'Overbewoning beëindigd na bestuursdwang.',
    'Illegale bouwwerken verwijderd op kosten van de overtreder.',
  ],
  sluiting: ['Horecazaak voor zes maanden gesloten.', 'Pand gesloten na herhaalde overtreding van de APV.'],
  'intrekking-vergunning': ['Exploitatievergunning ingetrokken.'],
  'weigering-vergunning': ['Vergunning geweigerd.'],
  'bestuurlijke-boete': ['Boete opgelegd en betaald.', 'Boete opgelegd; bezwaar ongegrond verklaard.'],
  'bestuurlijke-rapportage': ['Rapportage ontvangen en besproken in de OMT.'],
  opsporingsonderzoek: ['Onderzoek afgerond; zaak ingeschreven bij het OM.', 'Onderzoek afgerond zonder vervolging.'],
  doorzoeking: ['Doorzoeking uitgevoerd; administratie en contant geld in beslag genomen.'],
  aanhouding: ['Verdachten aangehouden en voorgeleid.'],
  vervolging: [
    'Veroordeeld tot een gevangenisstraf en een geldboete.',
    'Vrijgesproken; OM heeft hoger beroep ingesteld.',
  ],
  strafbeschikking: ['Strafbeschikking uitgevaardigd en voldaan.'],
  boekenonderzoek: ['Boekenonderzoek afgerond; correcties aangebracht.'],
  navorderingsaanslag: ['Navorderingsaanslag opgelegd en betaald.', 'Navorderingsaanslag opgelegd; invordering loopt.'],
  naheffingsaanslag: ['Naheffingsaanslag opgelegd en betaald.'],
  'fiscale-boete': ['Vergrijpboete opgelegd.'],
  'fiscale-invordering': ['Openstaande aanslagen ingevorderd.'],
  beslag: ['Conservatoir beslag gelegd op voertuigen en banktegoeden.', 'Beslag gelegd op onroerend goed.'],
  ontneming: [
    'Ontnemingsvordering toegewezen door de rechtbank.',
    'Schikking getroffen over het wederrechtelijk verkregen voordeel.',
  ],
  witwasonderzoek: ['Financieel onderzoek afgerond; resultaten gedeeld met het OM.'],
  faillissementsaanvraag: ['Faillissement uitgesproken.'],
}

/** Measures where an amount in euro is part of the record. */
const WITH_AMOUNT = new Set([
  'last-onder-dwangsom',
  'bestuurlijke-boete',
  'navorderingsaanslag',
  'naheffingsaanslag',
  'fiscale-boete',
  'fiscale-invordering',
  'beslag',
  'ontneming',
])
/** Measures aimed at a place or a thing rather than a person. */
export const AIMED_AT_OBJECTS = new Set([
  'damocles-waarschuwing',
  'damocles',
  'sluiting',
  'last-onder-bestuursdwang',
  'beslag',
])

export interface DemoIntervention {
  kind: InterventionKind
  subtype: string
  partner: string
  status: InterventionStatus
  result: string
  amountCents: number | null
}

export function demoIntervention(rng: Prng, caseClosed: boolean): DemoIntervention {
  const kind = rng.weighted<InterventionKind>([
    ['bestuursrechtelijk', 42],
    ['strafrechtelijk', 24],
    ['fiscaal', 14],
    // Seizures and confiscation: enough that every district's report shows an amount (it needs three cases).
    ['financieel', 20],
  ])
  const subtypes = Object.keys(interventionSubtypes[kind])
  // "overig" is the way out, not the rule.
  const picked = rng.chance(0.05)
    ? (subtypes[subtypes.length - 1] ?? subtypes[0] ?? '')
    : rng.pick(subtypes.slice(0, -1))
  // Art. 13b: a mayor warns first for a small find, so warnings outnumber closures about two to one.
  const subtype = picked.startsWith('damocles') ? (rng.chance(0.66) ? 'damocles-waarschuwing' : 'damocles') : picked
  const status = caseClosed
    ? rng.weighted<InterventionStatus>([
        ['afgerond', 85],
        ['ingetrokken', 15],
      ])
    : rng.weighted<InterventionStatus>([
        ['gepland', 15],
        ['lopend', 45],
        ['afgerond', 35],
        ['ingetrokken', 5],
      ])
  const amountCents =
    WITH_AMOUNT.has(subtype) && status !== 'gepland' && rng.chance(0.85)
      ? Math.round(Math.exp(rng.next() * Math.log(5000)) * 500) * 100
      : null
  return {
    kind,
    subtype,
    partner: rng.weighted(PARTNERS_BY_KIND[kind]),
    status,
    result:
      status === 'afgerond'
        ? rng.pick(OUTCOMES[subtype] ?? ['Afgerond; verslag bij de casusregisseur.'])
        : rng.pick(PROGRESS[status]),
    amountCents,
  }
}
