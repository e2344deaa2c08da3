import type { Prng } from './prng'

/**
 * Case summaries in the shape secretaries write them: headings, short
 * paragraphs and lists, in Markdown-like plain text. Sentences are chosen per
 * theme so search and filters meet realistic words.
 */
const SIGNALS: Record<string, readonly string[]> = {
  'Mensenhandel en -smokkel': [
    'Meldingen van buurtbewoners over wisselende bewoners en veel nachtelijk verkeer rond een pand.',
    'De Arbeidsinspectie trof bij een controle arbeidsmigranten aan die in slechte omstandigheden werken en wonen.',
    'Signalen over uitbuiting in nagelstudio’s en massagesalons binnen de gemeente.',
  ],
  'Georganiseerde drugscriminaliteit': [
    'Bij een controle is een hennepkwekerij met professionele apparatuur aangetroffen in een bedrijfsunit.',
    'Meerdere signalen wijzen op opslag van grondstoffen voor synthetische drugs in kassen.',
    'Een woning wordt veelvuldig kortstondig bezocht; de politie vermoedt drugshandel vanuit het pand.',
    'Dumping van drugsafval in het buitengebied leidt naar een nabijgelegen bedrijventerrein.',
  ],
  'Fraude of misbruik in de vastgoedsector': [
    'Opvallende vastgoedtransacties met snelle doorverkoop tegen sterk wisselende prijzen.',
    'Panden worden contant aangekocht door rechtspersonen zonder zichtbare bedrijfsactiviteit.',
    'Signalen over huisjesmelkerij: overbewoning en huurcontracten op naam van stromannen.',
  ],
  'Witwassen en financieel-economische criminaliteit': [
    'Ongebruikelijke transacties gemeld door de FIU rond een keten van horecabedrijven.',
    'Contante omzet past niet bij de bezoekersaantallen van de onderneming.',
    'Dure voertuigen op naam van personen zonder bekend inkomen.',
  ],
  'Malafide bedrijvigheid': [
    'Een cluster van bedrijven op één adres wisselt vaak van bestuurder en handelsnaam.',
    'Een belwinkel en een car wash zijn vrijwel altijd gesloten maar melden hoge omzet.',
    'Een vergunningaanvraag voor een horecabedrijf roept vragen op over de financiering.',
  ],
  'Outlaw motorcycle gangs': [
    'Een clubhuis van een outlaw motorcycle gang is gevestigd in een loods op het bedrijventerrein.',
    'Leden van een OMG zijn betrokken bij beveiligingsbedrijven en horeca in de gemeente.',
  ],
}

const ANALYSIS = [
  'Uit registraties van de partners blijkt samenhang tussen meerdere ondernemingen op hetzelfde adres.',
  'Het informatiebeeld laat zien dat dezelfde personen betrokken zijn bij eerdere meldingen.',
  'Vergunningen, inschrijvingen in het Handelsregister en kadastergegevens zijn naast elkaar gelegd.',
  'Er zijn aanwijzingen voor het gebruik van stromannen en katvangers.',
  'Financiële stromen lopen via rekeningen van verschillende rechtspersonen.',
  'De gemeente heeft eerder een waarschuwing gegeven op grond van de APV.',
]

const STEPS = [
  'Bibob-toets bij de lopende vergunningaanvraag',
  'Integrale controle met gemeente, politie en Belastingdienst',
  'Bestuurlijke rapportage van de politie opvragen',
  'Onderzoek naar de herkomst van het vermogen',
  'Sluiting van het pand overwegen (art. 13b Opiumwet)',
  'Last onder dwangsom bij overbewoning',
  'Terugmelding aan de partners en borging in de wijk',
  'Afstemming met het OM over een strafrechtelijk traject',
  'Fiscale controle van de administratie',
  'Gesprek met de pandeigenaar over zijn verantwoordelijkheid',
]

export function demoSummary(
  rng: Prng,
  themes: readonly string[],
  gemeenten: readonly string[],
  partner: string | null,
): string {
  const place = gemeenten.length > 0 ? gemeenten.join(', ') : 'de regio'
  const signals = themes.flatMap((theme) => SIGNALS[theme] ?? [])
  const signal =
    signals.length > 0 ? rng.pick(signals) : 'Meerdere partners hebben zorgen gemeld over ondermijnende activiteiten.'
  const lines = [
    '## Aanleiding',
    `${signal} Het signaal is ingebracht door ${partner ?? 'een van de partners'} en betreft ${place}.`,
    '',
    '## Informatiebeeld',
  ]
  const facts = rng.shuffle([...ANALYSIS]).slice(0, rng.int(2, 4))
  for (const fact of facts) lines.push(`- ${fact}`)
  lines.push('', '## Voorgestelde aanpak')
  const steps = rng.shuffle([...STEPS]).slice(0, rng.int(2, 5))
  steps.forEach((step, index) => lines.push(`${String(index + 1)}. ${step}`))
  if (rng.chance(0.5)) {
    lines.push(
      '',
      '## Afspraken',
      'De casusregisseur stemt de planning af met de betrokken partners en rapporteert in de volgende OMT.',
    )
  }
  return lines.join('\n')
}
