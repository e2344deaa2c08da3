import { type Kysely, sql } from 'kysely'

/**
 * The case register: cases with their phase history, subjects and objects
 * with the history of their involvement, interventions, and one full-text
 * index for the search field.
 *
 * Decisions arrive in the next migration. Every row a decision will create or
 * end already has its nullable `*decision_id` column, without a foreign key
 * because the decision table does not exist yet. That migration adds the
 * integrity (triggers or a table rebuild with REFERENCES decision (id)); the
 * partial indexes below already answer "what did this decision change".
 *
 * Migrations never import app code, so the intervention labels the search
 * index needs are copied here as they were on this date.
 */
const INTERVENTION_LABELS: [subtype: string, label: string][] = [
  ['bibob', 'Bibob-toets'],
  ['damocles', 'Damocles art. 13b Opiumwet'],
  ['last-onder-dwangsom', 'Last onder dwangsom'],
  ['last-onder-bestuursdwang', 'Last onder bestuursdwang'],
  ['sluiting', 'Sluiting art. 174 Gemeentewet APV'],
  ['intrekking-vergunning', 'Intrekking vergunning'],
  ['weigering-vergunning', 'Weigering vergunning'],
  ['bestuurlijke-boete', 'Bestuurlijke boete'],
  ['bestuurlijke-rapportage', 'Bestuurlijke rapportage'],
  ['ontneming', 'Ontneming afpakken'],
  ['fiscale-invordering', 'Invordering'],
  ['witwasonderzoek', 'Financieel onderzoek witwassen'],
]

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`

/**
 * Letters unicode61 does not fold (no Unicode decomposition), folded before
 * indexing so "Yilmaz" finds "Yılmaz". The query side folds the same list
 * (shared/domain/search.ts EXTRA_FOLDS).
 */
const EXTRA_FOLDS: [string, string][] = [
  ['ı', 'i'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['ø', 'o'],
  ['Ø', 'O'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['Æ', 'AE'],
  ['œ', 'oe'],
  ['Œ', 'OE'],
]
const fold = (expression: string) =>
  EXTRA_FOLDS.reduce((inner, [from, to]) => `replace(${inner}, ${quote(from)}, ${quote(to)})`, expression)

/** Searchable words for an intervention: its label where it has one beyond its code. */
function interventionTitleSql(row: string): string {
  const whens = INTERVENTION_LABELS.map(([subtype, label]) => `WHEN ${quote(subtype)} THEN ${quote(label)}`).join(' ')
  return `CASE ${row}.subtype ${whens} ELSE replace(${row}.subtype, '-', ' ') END`
}

const interventionBody = (row: string, partnerShortName: string) =>
  fold(`concat_ws(' ', ${row}.kind, ${partnerShortName}, ${row}.result)`)

/** A case's index text from both its tables, so a trigger on either one writes the whole entry. */
const caseText = (caseId: string) => ({
  title: `(SELECT code || ' ' || ${fold('alias')} FROM omt_case WHERE id = ${caseId})`,
  body: `(SELECT ${fold('concat_ws(char(10), c.case_director, s.summary)')} FROM omt_case AS c LEFT JOIN case_summary AS s ON s.case_id = c.id WHERE c.id = ${caseId})`,
})

/** Insert, update and delete triggers that keep one kind of record in the search index. */
function indexTriggers(
  kind: string,
  table: string,
  columns: string | null,
  text: (row: 'NEW') => { title: string; body: string },
): string[] {
  const { title, body } = text('NEW')
  const entry = (row: 'NEW' | 'OLD') => `(SELECT id FROM search_document WHERE kind = '${kind}' AND ref_id = ${row}.id)`
  return [
    `CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO search_document (kind, ref_id) VALUES ('${kind}', NEW.id);
      INSERT INTO search_fts (rowid, kind, title, body) VALUES (${entry('NEW')}, '${kind}', ${title}, ${body});
    END`,
    `CREATE TRIGGER ${table}_search_update AFTER UPDATE ${columns ? `OF ${columns} ` : ''}ON ${table} BEGIN
      UPDATE search_fts SET kind = '${kind}', title = ${title}, body = ${body} WHERE rowid = ${entry('NEW')};
    END`,
    `CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
      DELETE FROM search_fts WHERE rowid = ${entry('OLD')};
      DELETE FROM search_document WHERE kind = '${kind}' AND ref_id = OLD.id;
    END`,
  ]
}

const statements: string[] = [
  // Per prefix, not per table: a renamed prefix starts its own series and an old one is never reused.
  `CREATE TABLE case_sequence (
    prefix TEXT NOT NULL COLLATE NOCASE,
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (prefix, year)
  ) STRICT, WITHOUT ROWID`,

  // "case" is an SQL keyword; omt_case matches omt_table.
  `CREATE TABLE omt_case (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    alias TEXT NOT NULL CHECK (length(alias) BETWEEN 1 AND 120),
    table_id TEXT NOT NULL REFERENCES omt_table (id),
    kind TEXT NOT NULL CHECK (kind IN ('betekenisvol', 'lokaal')),
    lead_partner_id TEXT REFERENCES partner (id),
    case_director TEXT CHECK (case_director IS NULL OR length(case_director) <= 120),
    registered_on TEXT NOT NULL,
    retention_until TEXT NOT NULL,
    current_phase_id TEXT NOT NULL REFERENCES phase (id),
    phase_since TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX omt_case_table ON omt_case (table_id)`,
  `CREATE INDEX omt_case_phase ON omt_case (current_phase_id)`,
  `CREATE INDEX omt_case_updated ON omt_case (updated_at)`,
  `CREATE INDEX omt_case_alias ON omt_case (alias COLLATE NOCASE)`,
  `CREATE INDEX omt_case_lead_partner ON omt_case (lead_partner_id)`,
  `CREATE INDEX omt_case_retention ON omt_case (retention_until)`,
  // The summary lives beside the case: list queries read thousands of case rows,
  // and twenty pages of text in each would multiply the pages they touch.
  `CREATE TABLE case_summary (
    case_id TEXT PRIMARY KEY REFERENCES omt_case (id) ON DELETE CASCADE,
    summary TEXT NOT NULL CHECK (length(summary) <= 50000)
  ) STRICT`,

  `CREATE TABLE case_theme (
    case_id TEXT NOT NULL REFERENCES omt_case (id) ON DELETE CASCADE,
    theme_id TEXT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (case_id, theme_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX case_theme_theme ON case_theme (theme_id, case_id)`,
  `CREATE TABLE case_gemeente (
    case_id TEXT NOT NULL REFERENCES omt_case (id) ON DELETE CASCADE,
    gemeente_id TEXT NOT NULL REFERENCES gemeente (id),
    PRIMARY KEY (case_id, gemeente_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX case_gemeente_gemeente ON case_gemeente (gemeente_id, case_id)`,

  // The phase history is the truth; omt_case.current_phase_id is a cache the triggers below keep.
  `CREATE TABLE case_phase (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES omt_case (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    phase_id TEXT NOT NULL REFERENCES phase (id),
    started_on TEXT NOT NULL,
    decision_id TEXT,
    recorded_at TEXT NOT NULL,
    UNIQUE (case_id, seq)
  ) STRICT`,
  `CREATE INDEX case_phase_decision ON case_phase (decision_id) WHERE decision_id IS NOT NULL`,
  `CREATE INDEX case_phase_phase ON case_phase (phase_id, started_on)`,
  `CREATE TRIGGER case_phase_dates_increase BEFORE INSERT ON case_phase
   WHEN NEW.started_on < (SELECT started_on FROM case_phase WHERE case_id = NEW.case_id ORDER BY seq DESC LIMIT 1)
   BEGIN SELECT RAISE(ABORT, 'case_phase: a phase cannot start before the previous one'); END`,
  ...(['INSERT', 'UPDATE', 'DELETE'] as const).map((event) => {
    const row = event === 'DELETE' ? 'OLD' : 'NEW'
    // A subquery, not UPDATE … FROM: a case left without any phase fails NOT NULL instead of keeping a stale phase.
    return `CREATE TRIGGER case_phase_current_${event.toLowerCase()} AFTER ${event} ON case_phase BEGIN
      UPDATE omt_case SET
        current_phase_id = (SELECT phase_id FROM case_phase WHERE case_id = ${row}.case_id ORDER BY seq DESC LIMIT 1),
        phase_since = (SELECT started_on FROM case_phase WHERE case_id = ${row}.case_id ORDER BY seq DESC LIMIT 1)
      WHERE id = ${row}.case_id;
    END`
  }),

  `CREATE TABLE subject (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('persoon', 'rechtspersoon', 'object')),
    name TEXT CHECK (name IS NULL OR length(name) BETWEEN 1 AND 200),
    name_key TEXT NOT NULL,
    birth_date TEXT,
    kvk TEXT CHECK (kvk IS NULL OR (length(kvk) = 8 AND kvk NOT GLOB '*[^0-9]*')),
    object_kind TEXT CHECK (object_kind IS NULL OR object_kind IN ('adres', 'pand', 'voertuig', 'vaartuig', 'overig')),
    description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 1000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (CASE kind
      WHEN 'persoon' THEN name IS NOT NULL AND kvk IS NULL AND object_kind IS NULL AND description IS NULL
      WHEN 'rechtspersoon' THEN name IS NOT NULL AND birth_date IS NULL AND object_kind IS NULL AND description IS NULL
      ELSE name IS NULL AND birth_date IS NULL AND kvk IS NULL AND object_kind IS NOT NULL AND description IS NOT NULL
    END)
  ) STRICT`,
  // name_key: the normalised name (or description) that duplicate suggestions compare.
  `CREATE INDEX subject_name_key ON subject (kind, name_key, birth_date)`,
  `CREATE UNIQUE INDEX subject_kvk ON subject (kvk) WHERE kvk IS NOT NULL`,

  `CREATE TABLE involvement (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES omt_case (id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL REFERENCES subject (id),
    opened_on TEXT NOT NULL,
    closed_on TEXT CHECK (closed_on IS NULL OR closed_on >= opened_on),
    opened_by_decision_id TEXT,
    closed_by_decision_id TEXT CHECK (closed_by_decision_id IS NULL OR closed_on IS NOT NULL),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX involvement_case ON involvement (case_id, subject_id, opened_on)`,
  `CREATE INDEX involvement_subject ON involvement (subject_id)`,
  `CREATE UNIQUE INDEX involvement_open ON involvement (case_id, subject_id) WHERE closed_on IS NULL`,
  `CREATE INDEX involvement_opened_by ON involvement (opened_by_decision_id) WHERE opened_by_decision_id IS NOT NULL`,
  `CREATE INDEX involvement_closed_by ON involvement (closed_by_decision_id) WHERE closed_by_decision_id IS NOT NULL`,

  `CREATE TABLE intervention (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES omt_case (id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL REFERENCES partner (id),
    kind TEXT NOT NULL CHECK (kind IN ('bestuursrechtelijk', 'strafrechtelijk', 'fiscaal', 'financieel')),
    subtype TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('gepland', 'lopend', 'afgerond', 'ingetrokken')),
    started_on TEXT,
    ended_on TEXT,
    result TEXT NOT NULL DEFAULT '' CHECK (length(result) <= 10000),
    amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
    subject_id TEXT REFERENCES subject (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
  ) STRICT`,
  `CREATE INDEX intervention_case ON intervention (case_id, started_on)`,
  `CREATE INDEX intervention_partner ON intervention (partner_id, status)`,
  `CREATE INDEX intervention_subject ON intervention (subject_id) WHERE subject_id IS NOT NULL`,

  // The search index: one FTS5 table for every kind of record, contentless so the
  // vault holds no second plaintext copy of summaries and names; contentless_delete
  // lets a change or deletion remove its old entry at once (no stale hits).
  // search_document maps an index row to its record: kind + ref_id, so later kinds
  // (agenda items, decisions, action items) need no schema change, only triggers.
  // kind is an indexed column too: "kind : case AND (…)" narrows a query inside FTS5.
  `CREATE TABLE search_document (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    UNIQUE (kind, ref_id)
  ) STRICT`,
  `CREATE VIRTUAL TABLE search_fts USING fts5 (
    kind, title, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
  )`,

  // Triggers, not application code, keep the index: every write path (decisions,
  // anonymisation after retention, bulk demo data) updates it in its own transaction.
  ...indexTriggers('case', 'omt_case', 'code, alias, case_director', (row) => caseText(`${row}.id`)),
  ...['INSERT', 'UPDATE OF summary'].map((event) => {
    const { title, body } = caseText('NEW.case_id')
    return `CREATE TRIGGER case_summary_search_${event === 'INSERT' ? 'insert' : 'update'} AFTER ${event} ON case_summary BEGIN
      UPDATE search_fts SET kind = 'case', title = ${title}, body = ${body}
      WHERE rowid = (SELECT id FROM search_document WHERE kind = 'case' AND ref_id = NEW.case_id);
    END`
  }),
  ...indexTriggers('subject', 'subject', 'name, birth_date, kvk, object_kind, description', (row) => ({
    title: fold(`coalesce(${row}.name, ${row}.description)`),
    body: `concat_ws(' ', ${row}.kvk, ${row}.birth_date, ${row}.object_kind)`,
  })),
  ...indexTriggers('intervention', 'intervention', 'kind, subtype, partner_id, result', (row) => ({
    title: interventionTitleSql(row),
    body: interventionBody(row, `(SELECT short_name FROM partner WHERE id = ${row}.partner_id)`),
  })),
  // A partner's new short name reaches its interventions' index entries too.
  `CREATE TRIGGER partner_search_update AFTER UPDATE OF short_name ON partner BEGIN
    UPDATE search_fts SET
      kind = 'intervention',
      title = (SELECT ${interventionTitleSql('i')} FROM intervention AS i JOIN search_document AS d ON d.ref_id = i.id AND d.kind = 'intervention' WHERE d.id = search_fts.rowid),
      body = (SELECT ${interventionBody('i', 'NEW.short_name')} FROM intervention AS i JOIN search_document AS d ON d.ref_id = i.id AND d.kind = 'intervention' WHERE d.id = search_fts.rowid)
    WHERE rowid IN (SELECT d.id FROM search_document AS d JOIN intervention AS i ON i.id = d.ref_id WHERE d.kind = 'intervention' AND i.partner_id = NEW.id);
  END`,
]

/** All or nothing: Kysely runs SQLite migrations outside a transaction, and half a register would block the next start. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx)
  })
}
