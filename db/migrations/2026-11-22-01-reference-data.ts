import { type Kysely, sql } from 'kysely'

/**
 * Reference data with the defaults of the RIEC Den Haag region (see
 * shared/design/domain.md). The assignment of gemeenten to districts D, E and G
 * is not in the source documents: a best effort the user can edit.
 * Migrations never import app code: they must keep working as the app changes.
 */
const DISTRICTS = [
  ['ABC', 'Den Haag'],
  ['D', 'Delft en Westland'],
  ['E', 'Zoetermeer en omstreken'],
  ['F', 'Leiden-Bollenstreek'],
  ['G', 'Midden-Holland'],
] as const

const GEMEENTEN: Record<(typeof DISTRICTS)[number][0], string[]> = {
  ABC: ['Den Haag'],
  D: ['Delft', 'Westland', 'Midden-Delftland', 'Rijswijk'],
  E: ['Zoetermeer', 'Leidschendam-Voorburg', 'Pijnacker-Nootdorp', 'Wassenaar'],
  F: [
    'Leiden',
    'Leiderdorp',
    'Oegstgeest',
    'Voorschoten',
    'Katwijk',
    'Noordwijk',
    'Teylingen',
    'Lisse',
    'Hillegom',
    'Kaag en Braassem',
    'Zoeterwoude',
  ],
  G: ['Alphen aan den Rijn', 'Nieuwkoop', 'Gouda', 'Bodegraven-Reeuwijk', 'Waddinxveen', 'Zuidplas', 'Krimpenerwaard'],
}

const PARTNERS: [name: string, shortName: string, convenant: 0 | 1][] = [
  ['Gemeente', 'Gemeente', 1],
  ['Provincie Zuid-Holland', 'Provincie', 1],
  ['Politie', 'Politie', 1],
  ['Openbaar Ministerie', 'OM', 1],
  ['Belastingdienst', 'Belastingdienst', 1],
  ['Douane', 'Douane', 1],
  ['Fiscale Inlichtingen- en Opsporingsdienst', 'FIOD', 1],
  ['Nederlandse Arbeidsinspectie', 'NLA', 1],
  ['Koninklijke Marechaussee', 'KMar', 1],
  ['Immigratie- en Naturalisatiedienst', 'IND', 1],
  ['Uitvoeringsinstituut Werknemersverzekeringen', 'UWV', 1],
  ['Nederlandse Voedsel- en Warenautoriteit', 'NVWA', 1],
  ['RIEC-bureau', 'RIEC', 1],
  ['Haags Economisch Interventie Team', 'HEIT', 0],
  ['Platform Veilig Ondernemen', 'PVO', 0],
  ['Regionaal Samenwerkingsverband Integrale Veiligheid', 'RSIV', 0],
  ['Zorg- en Veiligheidshuis', 'ZVH', 0],
  ['Dienst Regionale Recherche / Informatieorganisatie (politie)', 'DRR/DRIO', 0],
  ['Financial Intelligence Unit Nederland', 'FIU', 0],
]

const THEMES: [name: string, scope: 'landelijk' | 'regionaal'][] = [
  ['Mensenhandel en -smokkel', 'landelijk'],
  ['Georganiseerde drugscriminaliteit', 'landelijk'],
  ['Fraude of misbruik in de vastgoedsector', 'landelijk'],
  ['Witwassen en financieel-economische criminaliteit', 'landelijk'],
  ['Malafide bedrijvigheid', 'landelijk'],
  ['Outlaw motorcycle gangs', 'regionaal'],
]

const PHASES: [code: string, name: string, order: number, kind: 'hoofd' | 'zij'][] = [
  ['signaal', 'Signaal', 10, 'hoofd'],
  ['analyse', 'Analyse (informatiebeeld)', 20, 'hoofd'],
  ['gestart', 'Gestart (plan van aanpak)', 30, 'hoofd'],
  ['uitvoering', 'Uitvoering', 40, 'hoofd'],
  ['evaluatie', 'Evaluatie', 50, 'hoofd'],
  ['afgesloten', 'Afgesloten', 60, 'hoofd'],
  ['niet-gestart', 'Niet gestart', 70, 'zij'],
  ['aangehouden', 'Aangehouden', 80, 'zij'],
  ['geescaleerd', 'Geëscaleerd (Stuurgroep)', 90, 'zij'],
]

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE district (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
  ) STRICT`.execute(db)
  await sql`CREATE TABLE omt_table (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    district_id TEXT REFERENCES district (id),
    case_prefix TEXT NOT NULL UNIQUE COLLATE NOCASE,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
  ) STRICT`.execute(db)
  await sql`CREATE TABLE gemeente (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    district_id TEXT REFERENCES district (id),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
  ) STRICT`.execute(db)
  await sql`CREATE TABLE partner (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    short_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    convenant INTEGER NOT NULL CHECK (convenant IN (0, 1)),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
  ) STRICT`.execute(db)
  await sql`CREATE TABLE theme (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    scope TEXT NOT NULL CHECK (scope IN ('landelijk', 'regionaal', 'lokaal')),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
  ) STRICT`.execute(db)
  await sql`CREATE TABLE phase (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    sort_order INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('hoofd', 'zij')),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
  ) STRICT`.execute(db)
  await sql`CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`.execute(db)

  // Ids from the global Web Crypto: a migration imports nothing but kysely.
  const districtIds = new Map<string, string>()
  for (const [code, name] of DISTRICTS) {
    const id = crypto.randomUUID()
    districtIds.set(code, id)
    await db.insertInto('district').values({ id, code, name }).execute()
    await db
      .insertInto('gemeente')
      .values(GEMEENTEN[code].map((gemeente) => ({ id: crypto.randomUUID(), name: gemeente, district_id: id })))
      .execute()
  }
  await db
    .insertInto('omt_table')
    .values([
      ...DISTRICTS.map(([code, name]) => ({
        id: crypto.randomUUID(),
        code,
        name: `OMT ${code} (${name})`,
        district_id: districtIds.get(code),
        case_prefix: code,
      })),
      { id: crypto.randomUUID(), code: 'REG', name: 'Regionale OMT', district_id: null, case_prefix: 'REG' },
    ])
    .execute()
  await db
    .insertInto('partner')
    .values(PARTNERS.map(([name, short_name, convenant]) => ({ id: crypto.randomUUID(), name, short_name, convenant })))
    .execute()
  await db
    .insertInto('theme')
    .values(THEMES.map(([name, scope]) => ({ id: crypto.randomUUID(), name, scope })))
    .execute()
  await db
    .insertInto('phase')
    .values(PHASES.map(([code, name, sort_order, kind]) => ({ id: crypto.randomUUID(), code, name, sort_order, kind })))
    .execute()
}
