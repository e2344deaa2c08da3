import { type Kysely, sql } from 'kysely'

/**
 * What the WGS and the AVG ask of the vault (issue 12):
 *
 * - `processing_activity`: the register of processing activities (verwerkingsregister).
 *   Every change is a new version, never an overwrite, as the Logius standard asks.
 * - `vault_user`: who works with this vault (name and role). The log links to a
 *   row by id, so a changed name is a new row and old entries keep their author.
 * - `processing_log`: one row per span, shaped after Logius *Logboek
 *   Dataverwerkingen*. Append-only (triggers refuse UPDATE and DELETE) and
 *   HMAC-chained (`mac` covers the row's canonical form and the previous mac).
 * - `processing_log_record`: which records a span concerns, so the privacy officer
 *   can filter by record without scanning a million rows. Append-only as well.
 * - `processing_log_key`: the chain key of each key epoch. The current epoch's key
 *   is derived from the data key; earlier epochs' keys stay here so a data key
 *   rotation carries the chain over instead of recomputing it.
 * - `retention_purge`: what a purge removed (counts only, never the values).
 */
/**
 * The register's first versions. The article texts of the WGS were not at hand
 * when this was written, so legal bases and retention are plain editable text
 * the privacy officer completes; the ids are what the log points to.
 */
const WGS = 'Wet gegevensverwerking door samenwerkingsverbanden (Wgs), met het convenant van het RIEC.'
const CATEGORIES = 'Casusgegevens, betrokken personen, rechtspersonen en objecten, besluiten, interventies.'
const SUBJECTS = 'Personen en rechtspersonen die in een casus betrokken zijn.'
const PARTNERS = 'Partners van de ondermijningstafel.'
const defaultActivities: [id: string, name: string, purpose: string, retention: string][] = [
  [
    'casusregistratie',
    'Casusregistratie',
    'Signalen en casussen vastleggen en bijhouden.',
    'Tot de bewaartermijn van de casus verloopt.',
  ],
  [
    'voorbereiden-omt',
    'Voorbereiden OMT',
    'De agenda en stukken van de ondermijningstafel voorbereiden en de vergadering vastleggen.',
    'Tot de bewaartermijn van de casus verloopt.',
  ],
  [
    'vastleggen-besluit',
    'Vastleggen besluit',
    'Besluiten van de ondermijningstafel over casussen vastleggen.',
    'Tot de bewaartermijn van de casus verloopt.',
  ],
  [
    'verstrekken',
    'Verstrekken aan partners',
    'Verslag, besluitenlijst en andere stukken bewust uit de kluis halen voor de partners.',
    'Bij de ontvangende partner.',
  ],
  [
    'inzageverzoek',
    'Inzageverzoek afhandelen',
    'Een betrokkene laten weten welke gegevens over hem of haar zijn vastgelegd.',
    'Zolang het verzoek loopt.',
  ],
  [
    'voortgangsrapportage',
    'Voortgangsrapportage',
    'De voortgang per district rapporteren, zonder persoonsgegevens.',
    'Geanonimiseerd, zonder termijn.',
  ],
  [
    'bewaartermijn',
    'Bewaartermijnen bewaken',
    'Verlopen gegevens tijdig vernietigen en verlengingen vastleggen.',
    'Het vernietigingsverslag blijft bewaard.',
  ],
  [
    'toezicht',
    'Toezicht op verwerkingen',
    'Het verwerkingenlog inzien en controleren (functionaris gegevensbescherming).',
    'Zoals het verwerkingenlog zelf.',
  ],
]
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`
const seedActivities = defaultActivities.map(
  ([id, name, purpose, retention]) =>
    `INSERT INTO processing_activity
       (id, version, name, purpose, legal_basis, data_categories, subject_categories, retention, recipients, created_at)
     VALUES (${[id, 1, name, purpose, WGS, CATEGORIES, SUBJECTS, retention, PARTNERS].map((v) => (typeof v === 'number' ? String(v) : quote(v))).join(', ')},
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
)

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
]

const statements: string[] = [
  `CREATE TABLE processing_activity (
    id TEXT NOT NULL CHECK (id GLOB '[a-z]*' AND length(id) <= 60),
    version INTEGER NOT NULL CHECK (version >= 1),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    purpose TEXT NOT NULL CHECK (length(purpose) <= 2000),
    legal_basis TEXT NOT NULL CHECK (length(legal_basis) <= 2000),
    data_categories TEXT NOT NULL CHECK (length(data_categories) <= 2000),
    subject_categories TEXT NOT NULL CHECK (length(subject_categories) <= 2000),
    retention TEXT NOT NULL CHECK (length(retention) <= 2000),
    recipients TEXT NOT NULL CHECK (length(recipients) <= 2000),
    created_at TEXT NOT NULL,
    PRIMARY KEY (id, version)
  ) STRICT`,
  ...appendOnly('processing_activity'),
  `CREATE TABLE vault_user (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    role TEXT NOT NULL CHECK (length(role) BETWEEN 1 AND 120),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE processing_log_key (
    epoch INTEGER PRIMARY KEY,
    key BLOB NOT NULL CHECK (length(key) = 32),
    created_at TEXT NOT NULL
  ) STRICT`,
  ...appendOnly('processing_log_key'),
  `CREATE TABLE processing_log (
    seq INTEGER PRIMARY KEY,
    trace_id TEXT NOT NULL CHECK (length(trace_id) = 32),
    span_id TEXT NOT NULL CHECK (length(span_id) = 16),
    parent_span_id TEXT CHECK (parent_span_id IS NULL OR length(parent_span_id) = 16),
    name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('Unset', 'Ok', 'Error')),
    start_time INTEGER NOT NULL,
    end_time INTEGER NOT NULL CHECK (end_time >= start_time),
    activity_id TEXT NOT NULL,
    data_subject_id TEXT,
    data_subject_type TEXT,
    records TEXT NOT NULL,
    user_id TEXT NOT NULL,
    purpose TEXT CHECK (purpose IS NULL OR length(purpose) <= 500),
    key_epoch INTEGER NOT NULL,
    mac BLOB NOT NULL CHECK (length(mac) = 32)
  ) STRICT`,
  ...appendOnly('processing_log'),
  `CREATE INDEX processing_log_start ON processing_log (start_time)`,
  `CREATE INDEX processing_log_subject ON processing_log (data_subject_id, seq) WHERE data_subject_id IS NOT NULL`,
  `CREATE INDEX processing_log_activity ON processing_log (activity_id, seq)`,
  `CREATE INDEX processing_log_name ON processing_log (name, seq)`,
  `CREATE TABLE processing_log_record (
    record_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (record_id, seq)
  ) STRICT, WITHOUT ROWID`,
  ...appendOnly('processing_log_record'),
  ...seedActivities,
  `CREATE TABLE retention_purge (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    case_code TEXT NOT NULL,
    purged_at TEXT NOT NULL,
    retention_until TEXT NOT NULL,
    counts TEXT NOT NULL
  ) STRICT`,
]

/** All or nothing, as the other migrations. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx)
  })
}
