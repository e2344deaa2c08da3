import { type Kysely, sql } from 'kysely'

/**
 * What the accountmanager's half-year report needs and the register did not
 * yet record as data:
 *
 * - `omt_case.signal_partner_id`: the partner that brought the signal in
 *   (aandrager). Until now only the lead partner (trekker) was kept. Existing
 *   cases start without one ("niet vastgelegd" in the report) rather than a
 *   guess the report would count as if someone had chosen it.
 * - `decision.closing_reason`: a coded reason for "afsluiten", so closed cases
 *   can be counted by reason without reading the free-text reason.
 * - `enforcement_issue`: the handhavingsknelpunten the Stuurgroep designated,
 *   with the dates of their progress (designated, plan of approach adopted,
 *   finished). A null district means a regional HHK.
 * - `district_report_note`: the accountmanager's speaker notes, kept per
 *   report (scope and period) and slide.
 */
const CLOSING_REASONS = ['doelen-bereikt', 'geen-aanknopingspunten', 'overgedragen', 'geen-capaciteit', 'overig']
const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ')

const statements: string[] = [
  `ALTER TABLE omt_case ADD COLUMN signal_partner_id TEXT REFERENCES partner (id)`,
  `CREATE INDEX omt_case_registered ON omt_case (registered_on)`,
  `ALTER TABLE decision ADD COLUMN closing_reason TEXT
     CHECK (closing_reason IS NULL OR (type = 'afsluiten' AND closing_reason IN (${list(CLOSING_REASONS)})))`,
  `CREATE INDEX decision_closing_reason ON decision (id, closing_reason) WHERE closing_reason IS NOT NULL`,
  `CREATE TABLE enforcement_issue (
    id TEXT PRIMARY KEY,
    district_id TEXT REFERENCES district (id),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    designated_on TEXT NOT NULL,
    plan_adopted_on TEXT CHECK (plan_adopted_on IS NULL OR plan_adopted_on >= designated_on),
    finished_on TEXT CHECK (finished_on IS NULL OR (plan_adopted_on IS NOT NULL AND finished_on >= plan_adopted_on)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX enforcement_issue_district ON enforcement_issue (district_id)`,
  `CREATE TABLE district_report_note (
    scope TEXT NOT NULL CHECK (length(scope) BETWEEN 1 AND 80),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL CHECK (period_to >= period_from),
    slide TEXT NOT NULL CHECK (length(slide) BETWEEN 1 AND 60),
    text TEXT NOT NULL CHECK (length(text) <= 5000),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (scope, period_from, period_to, slide)
  ) STRICT, WITHOUT ROWID`,
]

/** All or nothing, as the other migrations. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx)
  })
}
