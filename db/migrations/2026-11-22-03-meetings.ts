import { type Kysely, sql } from 'kysely'

/**
 * Meetings, their agenda (with attachments inside the vault), attendance,
 * numbered decisions with their correction history, action items, errata and
 * the export log; integrity for the decision columns the case register left
 * open; and three more kinds in the one search index.
 *
 * Minutes that are adopted are read-only: the application refuses with a Dutch
 * message first, and triggers below stop any write path that forgets to ask.
 * Migrations never import app code, so the lists of values are copied here.
 */
const MEETING_STATUSES = ['voorbereiding', 'agenda-verzonden', 'gehouden', 'verslag-concept', 'verslag-vastgesteld']
const ITEM_TYPES = [
  'opening',
  'verslag',
  'actielijst',
  'signalen',
  'start-casus',
  'voortgang',
  'subjecten',
  'afsluiting',
  'handhavingsknelpunten',
  'rondvraag',
  'overig',
]
const ITEM_STATUSES = ['gepland', 'besproken', 'aangehouden', 'vervallen']
const DECISION_TYPES = [
  'start-analyse',
  'start-casus',
  'niet-starten',
  'plan-van-aanpak',
  'subject-toevoegen',
  'subject-verwijderen',
  'aanhouden',
  'escaleren',
  'hervatten',
  'evaluatie',
  'afsluiten',
  'bewaartermijn-verlengen',
  'verslag-vastgesteld',
  'overig',
]
const EXPORT_VARIANTS = [
  'volledig',
  'gepseudonimiseerd',
  'met-vertrouwelijk',
  'vertrouwelijk-verborgen',
  'zonder-vertrouwelijk',
]
const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
const ADOPTED = `'verslag-vastgesteld'`

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`
const list = (values: string[]) => values.map(quote).join(', ')

/** As in the case register's migration (and shared/domain/search.ts): letters unicode61 does not fold. */
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

const entry = (kind: string, row: string) =>
  `(SELECT id FROM search_document WHERE kind = '${kind}' AND ref_id = ${row}.id)`

interface Indexed {
  kind: string
  table: string
  columns: string
  title: (row: string) => string
  body: (row: string) => string
  /** Rows that are indexed; a soft-deleted agenda item is not. */
  visible?: (row: string) => string
}

/** The index follows its records in the same transaction, whatever the write path. */
function searchTriggers({ kind, table, columns, title, body, visible }: Indexed): string[] {
  const add = (row: 'NEW') => `INSERT INTO search_document (kind, ref_id) VALUES ('${kind}', ${row}.id);
      INSERT INTO search_fts (rowid, kind, title, body) VALUES (${entry(kind, row)}, '${kind}', ${title(row)}, ${body(row)});`
  const remove = (row: 'OLD') => `DELETE FROM search_fts WHERE rowid = ${entry(kind, row)};
      DELETE FROM search_document WHERE kind = '${kind}' AND ref_id = ${row}.id;`
  const when = (row: string) => (visible ? `WHEN ${visible(row)} ` : '')
  const triggers = [
    `CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} ${when('NEW')}BEGIN ${add('NEW')} END`,
    `CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${columns} ON ${table} ${visible ? `WHEN ${visible('OLD')} AND ${visible('NEW')} ` : ''}BEGIN
      UPDATE search_fts SET kind = '${kind}', title = ${title('NEW')}, body = ${body('NEW')} WHERE rowid = ${entry(kind, 'NEW')};
    END`,
    `CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN ${remove('OLD')} END`,
  ]
  if (visible) {
    triggers.push(
      `CREATE TRIGGER ${table}_search_hide AFTER UPDATE OF deleted_at ON ${table} WHEN ${visible('OLD')} AND NOT ${visible('NEW')} BEGIN ${remove('OLD')} END`,
      `CREATE TRIGGER ${table}_search_show AFTER UPDATE OF deleted_at ON ${table} WHEN NOT ${visible('OLD')} AND ${visible('NEW')} BEGIN ${add('NEW')} END`,
    )
  }
  return triggers
}

/** Writes to a meeting whose minutes are adopted are refused here too, not only in the application. */
function readOnlyAfterAdoption(
  table: string,
  meetingOf: (row: string) => string,
  updateColumns: string | null,
): string[] {
  const adopted = (row: string) => `(SELECT status FROM meeting WHERE id = ${meetingOf(row)}) = ${ADOPTED}`
  const raise = `BEGIN SELECT RAISE(ABORT, '${table}: the minutes of this meeting are adopted'); END`
  return [
    `CREATE TRIGGER ${table}_adopted_insert BEFORE INSERT ON ${table} WHEN ${adopted('NEW')} ${raise}`,
    ...(updateColumns
      ? [
          `CREATE TRIGGER ${table}_adopted_update BEFORE UPDATE OF ${updateColumns} ON ${table} WHEN ${adopted('OLD')} OR ${adopted('NEW')} ${raise}`,
        ]
      : []),
    `CREATE TRIGGER ${table}_adopted_delete BEFORE DELETE ON ${table} WHEN ${adopted('OLD')} ${raise}`,
  ]
}

const noDecision = (column: string) =>
  `(NEW.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM decision WHERE id = NEW.${column}))`

const statements: string[] = [
  `CREATE TABLE meeting (
    id TEXT PRIMARY KEY,
    table_id TEXT NOT NULL REFERENCES omt_table (id),
    date TEXT NOT NULL,
    start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    location TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
    chair TEXT CHECK (chair IS NULL OR length(chair) BETWEEN 1 AND 120),
    secretary TEXT CHECK (secretary IS NULL OR length(secretary) BETWEEN 1 AND 120),
    number_prefix TEXT NOT NULL DEFAULT '' CHECK (length(number_prefix) <= 8),
    status TEXT NOT NULL CHECK (status IN (${list(MEETING_STATUSES)})),
    minutes_adopted_on TEXT,
    minutes_adopted_by_decision_id TEXT REFERENCES decision (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (table_id, date, start_time),
    CHECK ((status = ${ADOPTED}) = (minutes_adopted_on IS NOT NULL)),
    CHECK (minutes_adopted_by_decision_id IS NULL OR minutes_adopted_on IS NOT NULL)
  ) STRICT`,
  // The coming meetings of all tables, and the previous meeting of one table.
  `CREATE INDEX meeting_date ON meeting (date, start_time)`,
  `CREATE INDEX meeting_adopted_by ON meeting (minutes_adopted_by_decision_id) WHERE minutes_adopted_by_decision_id IS NOT NULL`,

  // position orders siblings (top-level items, or the sub-items of one section); numbers are computed when read.
  // deleted_at: a removed item stays restorable (undo) until its meeting's minutes are adopted, then it is purged.
  `CREATE TABLE agenda_item (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES agenda_item (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    item_type TEXT NOT NULL CHECK (item_type IN (${list(ITEM_TYPES)})),
    case_id TEXT REFERENCES omt_case (id) ON DELETE SET NULL,
    presenter_partner_id TEXT REFERENCES partner (id),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 600),
    confidential INTEGER NOT NULL CHECK (confidential IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 100000),
    chair_notes TEXT NOT NULL DEFAULT '' CHECK (length(chair_notes) <= 100000),
    status TEXT NOT NULL CHECK (status IN (${list(ITEM_STATUSES)})),
    carried_over_from_id TEXT REFERENCES agenda_item (id) ON DELETE SET NULL,
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id != id)
  ) STRICT`,
  `CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, parent_id, position)`,
  `CREATE INDEX agenda_item_parent ON agenda_item (parent_id) WHERE parent_id IS NOT NULL`,
  `CREATE INDEX agenda_item_case ON agenda_item (case_id) WHERE case_id IS NOT NULL`,
  `CREATE INDEX agenda_item_carried_over ON agenda_item (carried_over_from_id) WHERE carried_over_from_id IS NOT NULL`,
  `CREATE INDEX agenda_item_presenter ON agenda_item (presenter_partner_id) WHERE presenter_partner_id IS NOT NULL`,

  // The bytes apart from the description, so listing attachments never reads megabytes.
  `CREATE TABLE attachment (
    id TEXT PRIMARY KEY,
    agenda_item_id TEXT NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type TEXT NOT NULL CHECK (length(media_type) BETWEEN 1 AND 200),
    size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 0 AND ${String(MAX_ATTACHMENT_BYTES)}),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX attachment_item ON attachment (agenda_item_id)`,
  `CREATE TABLE attachment_content (
    attachment_id TEXT PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    bytes BLOB NOT NULL CHECK (length(bytes) <= ${String(MAX_ATTACHMENT_BYTES)})
  ) STRICT`,

  `CREATE TABLE attendance (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('partner', 'gast')),
    partner_id TEXT REFERENCES partner (id),
    person_name TEXT CHECK (person_name IS NULL OR length(person_name) BETWEEN 1 AND 120),
    organisation TEXT CHECK (organisation IS NULL OR length(organisation) BETWEEN 1 AND 200),
    status TEXT CHECK (status IS NULL OR status IN ('aanwezig', 'afwezig', 'afgemeld')),
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (CASE kind
      WHEN 'partner' THEN partner_id IS NOT NULL AND organisation IS NULL
      ELSE partner_id IS NULL AND person_name IS NOT NULL AND organisation IS NOT NULL
    END)
  ) STRICT`,
  `CREATE INDEX attendance_meeting ON attendance (meeting_id, position)`,
  `CREATE INDEX attendance_partner ON attendance (partner_id) WHERE partner_id IS NOT NULL`,

  // Per table and year; the code is stored as handed out, so a renamed table never renumbers the record.
  `CREATE TABLE decision_sequence (
    table_id TEXT NOT NULL REFERENCES omt_table (id),
    year INTEGER NOT NULL,
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (table_id, year)
  ) STRICT, WITHOUT ROWID`,
  // The *_from/*_to columns record what the effect changed, so a correction can undo exactly that.
  `CREATE TABLE decision (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    table_id TEXT NOT NULL REFERENCES omt_table (id),
    year INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    meeting_id TEXT NOT NULL REFERENCES meeting (id),
    agenda_item_id TEXT NOT NULL REFERENCES agenda_item (id),
    decided_on TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN (${list(DECISION_TYPES)})),
    status TEXT NOT NULL CHECK (status IN ('geldig', 'ingetrokken')),
    case_id TEXT REFERENCES omt_case (id),
    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 2000),
    phase_from_id TEXT REFERENCES phase (id),
    phase_to_id TEXT REFERENCES phase (id),
    case_kind_from TEXT CHECK (case_kind_from IS NULL OR case_kind_from IN ('betekenisvol', 'lokaal')),
    case_kind_to TEXT CHECK (case_kind_to IS NULL OR case_kind_to IN ('betekenisvol', 'lokaal')),
    retention_from TEXT,
    retention_to TEXT,
    minutes_meeting_id TEXT REFERENCES meeting (id),
    refers_to_decision_id TEXT REFERENCES decision (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (table_id, year, number),
    CHECK (refers_to_decision_id IS NULL OR refers_to_decision_id != id)
  ) STRICT`,
  `CREATE INDEX decision_meeting ON decision (meeting_id)`,
  `CREATE INDEX decision_agenda_item ON decision (agenda_item_id)`,
  `CREATE INDEX decision_case ON decision (case_id, decided_on) WHERE case_id IS NOT NULL`,
  `CREATE INDEX decision_decided_on ON decision (decided_on)`,
  `CREATE INDEX decision_minutes_meeting ON decision (minutes_meeting_id) WHERE minutes_meeting_id IS NOT NULL`,
  `CREATE INDEX decision_refers_to ON decision (refers_to_decision_id) WHERE refers_to_decision_id IS NOT NULL`,
  // Which involvements a decision confirmed, opened or closed, with what it overwrote: exact undo, and the subjects of a decision.
  `CREATE TABLE decision_involvement (
    decision_id TEXT NOT NULL REFERENCES decision (id),
    involvement_id TEXT NOT NULL REFERENCES involvement (id) ON DELETE CASCADE,
    change TEXT NOT NULL CHECK (change IN ('bevestigd', 'toegevoegd', 'verwijderd')),
    previous_opened_on TEXT,
    PRIMARY KEY (decision_id, involvement_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX decision_involvement_involvement ON decision_involvement (involvement_id)`,
  // Every earlier version of a corrected or withdrawn decision. `previous` holds ids, not names,
  // so anonymising a subject later needs no search through JSON.
  `CREATE TABLE decision_correction (
    decision_id TEXT NOT NULL REFERENCES decision (id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('correctie', 'ingetrokken')),
    note TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    previous TEXT NOT NULL CHECK (json_valid(previous)),
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (decision_id, seq)
  ) STRICT, WITHOUT ROWID`,

  `CREATE TABLE action_item (
    id TEXT PRIMARY KEY,
    table_id TEXT NOT NULL REFERENCES omt_table (id),
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_item (id) ON DELETE SET NULL,
    decision_id TEXT REFERENCES decision (id),
    case_id TEXT REFERENCES omt_case (id) ON DELETE SET NULL,
    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    owner_partner_id TEXT NOT NULL REFERENCES partner (id),
    owner_person TEXT CHECK (owner_person IS NULL OR length(owner_person) BETWEEN 1 AND 120),
    due_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'gereed', 'vervallen')),
    status_changed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'open') = (status_changed_on IS NULL))
  ) STRICT`,
  `CREATE INDEX action_item_table ON action_item (table_id, status, due_date)`,
  `CREATE INDEX action_item_partner ON action_item (owner_partner_id, status, due_date)`,
  `CREATE INDEX action_item_status ON action_item (status, due_date)`,
  `CREATE INDEX action_item_meeting ON action_item (meeting_id)`,
  `CREATE INDEX action_item_agenda_item ON action_item (agenda_item_id) WHERE agenda_item_id IS NOT NULL`,
  `CREATE INDEX action_item_decision ON action_item (decision_id) WHERE decision_id IS NOT NULL`,
  `CREATE INDEX action_item_case ON action_item (case_id) WHERE case_id IS NOT NULL`,

  `CREATE TABLE erratum (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meeting (id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (meeting_id, seq)
  ) STRICT`,

  // What left the laptop; kept when the meeting is removed, for the compliance log.
  `CREATE TABLE export_record (
    id TEXT PRIMARY KEY,
    meeting_id TEXT REFERENCES meeting (id) ON DELETE SET NULL,
    document TEXT NOT NULL CHECK (document IN ('verslag', 'besluitenlijst', 'agenda')),
    variant TEXT NOT NULL CHECK (variant IN (${list(EXPORT_VARIANTS)})),
    format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    minutes_status TEXT NOT NULL CHECK (minutes_status IN ('concept', 'vastgesteld')),
    exported_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX export_record_meeting ON export_record (meeting_id, exported_at)`,

  ...readOnlyAfterAdoption(
    'agenda_item',
    (row) => `${row}.meeting_id`,
    'meeting_id, parent_id, position, title, item_type, presenter_partner_id, duration_minutes, confidential, notes, chair_notes, status, deleted_at',
  ),
  ...readOnlyAfterAdoption(
    'decision',
    (row) => `${row}.meeting_id`,
    'meeting_id, agenda_item_id, type, status, case_id, text, reason, decided_on',
  ),
  ...readOnlyAfterAdoption(
    'attendance',
    (row) => `${row}.meeting_id`,
    'partner_id, person_name, organisation, status, position',
  ),
  ...readOnlyAfterAdoption(
    'attachment',
    (row) => `(SELECT meeting_id FROM agenda_item WHERE id = ${row}.agenda_item_id)`,
    null,
  ),
  `CREATE TRIGGER action_item_adopted_insert BEFORE INSERT ON action_item WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = ${ADOPTED}
   BEGIN SELECT RAISE(ABORT, 'action_item: the minutes of this meeting are adopted'); END`,
  `CREATE TRIGGER meeting_adopted_update BEFORE UPDATE OF table_id, date, start_time, location, chair, secretary, number_prefix ON meeting
   WHEN OLD.status = ${ADOPTED} BEGIN SELECT RAISE(ABORT, 'meeting: the minutes of this meeting are adopted'); END`,

  // Ids written before decisions existed point at nothing: cleared, so the integrity below holds from here on.
  `UPDATE case_phase SET decision_id = NULL WHERE decision_id IS NOT NULL`,
  `UPDATE involvement SET opened_by_decision_id = NULL, closed_by_decision_id = NULL WHERE opened_by_decision_id IS NOT NULL OR closed_by_decision_id IS NOT NULL`,
  // The case register's decision columns, without rebuilding its tables: triggers instead of REFERENCES.
  `CREATE TRIGGER case_phase_decision_insert BEFORE INSERT ON case_phase WHEN ${noDecision('decision_id')}
   BEGIN SELECT RAISE(ABORT, 'case_phase: decision_id points at no decision'); END`,
  `CREATE TRIGGER case_phase_decision_update BEFORE UPDATE OF decision_id ON case_phase WHEN ${noDecision('decision_id')}
   BEGIN SELECT RAISE(ABORT, 'case_phase: decision_id points at no decision'); END`,
  `CREATE TRIGGER involvement_decision_insert BEFORE INSERT ON involvement WHEN ${noDecision('opened_by_decision_id')} OR ${noDecision('closed_by_decision_id')}
   BEGIN SELECT RAISE(ABORT, 'involvement: a decision id points at no decision'); END`,
  `CREATE TRIGGER involvement_decision_update BEFORE UPDATE OF opened_by_decision_id, closed_by_decision_id ON involvement
   WHEN ${noDecision('opened_by_decision_id')} OR ${noDecision('closed_by_decision_id')}
   BEGIN SELECT RAISE(ABORT, 'involvement: a decision id points at no decision'); END`,
  `CREATE TRIGGER decision_referenced_delete BEFORE DELETE ON decision
   WHEN EXISTS (SELECT 1 FROM case_phase WHERE decision_id = OLD.id)
     OR EXISTS (SELECT 1 FROM involvement WHERE opened_by_decision_id = OLD.id)
     OR EXISTS (SELECT 1 FROM involvement WHERE closed_by_decision_id = OLD.id)
   BEGIN SELECT RAISE(ABORT, 'decision: the case register points at this decision'); END`,

  ...searchTriggers({
    kind: 'agenda-item',
    table: 'agenda_item',
    columns: 'title, notes',
    title: (row) => fold(`${row}.title`),
    body: (row) => fold(`${row}.notes`),
    visible: (row) => `${row}.deleted_at IS NULL`,
  }),
  ...searchTriggers({
    kind: 'decision',
    table: 'decision',
    columns: 'code, text, reason',
    title: (row) => `${row}.code`,
    body: (row) => fold(`concat_ws(char(10), ${row}.text, ${row}.reason)`),
  }),
  ...searchTriggers({
    kind: 'action-item',
    table: 'action_item',
    columns: 'text, owner_person',
    title: (row) => fold(`${row}.text`),
    body: (row) => fold(`coalesce(${row}.owner_person, '')`),
  }),
]

/** All or nothing, as the case register's migration: half a schema would block the next start. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx)
  })
}
