import type { Kysely } from 'kysely'
import type { Database } from '../kernel/schema/database'

/**
 * Privacy by construction: every table and column the district report may
 * read. The report's queries get a Kysely typed with only these, so selecting
 * a subject, a name, a note or any free text does not compile; lint keeps the
 * rest of this folder from importing the full schema, from raw `sql` and from
 * `selectAll` (which would read every column at run time), and
 * tests/unit/db/district-report-tables.test.ts keeps this list free of
 * personal and free-text columns.
 *
 * Names that are read are labels of reference data (partners, themes, phases,
 * districts, tables) and of the handhavingsknelpunten, which are policy
 * topics designated by the Stuurgroep, never people.
 */
export const reportColumns = {
  omt_case: ['id', 'table_id', 'kind', 'registered_on', 'signal_partner_id'],
  case_phase: ['case_id', 'seq', 'phase_id', 'started_on', 'decision_id'],
  case_theme: ['case_id', 'theme_id'],
  decision: ['id', 'closing_reason'],
  intervention: ['case_id', 'partner_id', 'subtype', 'status', 'started_on', 'amount_cents'],
  action_item: ['table_id', 'owner_partner_id', 'status', 'due_date', 'created_at', 'status_changed_on'],
  enforcement_issue: ['id', 'district_id', 'name', 'designated_on', 'plan_adopted_on', 'finished_on'],
  district_report_note: ['scope', 'period_from', 'period_to', 'slide', 'text', 'updated_at'],
  setting: ['key', 'value'],
  district: ['id', 'code', 'name'],
  omt_table: ['id', 'code', 'name', 'district_id'],
  partner: ['id', 'short_name'],
  theme: ['id', 'name'],
  phase: ['id', 'code', 'name', 'sort_order'],
} as const satisfies { [T in keyof Database]?: readonly (keyof Database[T] & string)[] }

type ReportColumns = typeof reportColumns

export type ReportTables = {
  [T in keyof ReportColumns & keyof Database]: Pick<Database[T], Extract<ReportColumns[T][number], keyof Database[T]>>
}

/**
 * The only database handle the report's code takes. The vault's Db is
 * assignable to it (the same connection), but through it only these
 * columns can be named.
 */
export type ReportDb = Kysely<ReportTables>
