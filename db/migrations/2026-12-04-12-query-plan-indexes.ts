import { type Kysely, sql } from 'kysely'

/**
 * Indexes that let the list, the case page and the search read in index
 * order instead of sorting in a temporary B-tree (issue 14, "make it fast";
 * tests/integration/db/query-plans.test.ts keeps it so).
 *
 * - The case list sorts by a key and then by code, and pages by keyset
 *   (key, code): one index per key that ends in code serves both the order
 *   and the "after this row" range. SQLite cannot walk one index with mixed
 *   directions, and "descending" keeps code ascending, so the descending
 *   sorts get an index of their own. Each ends in id, so the page's ids are
 *   read from the index alone. They replace the single-column indexes they
 *   start with.
 * - Sorting by phase or table walks the small reference table in order and
 *   each one's cases by (phase or table, code): phase's sort order is not
 *   unique, so (sort_order, id) makes its walk a strict order.
 * - A case page lists involvements and interventions in date order.
 * - A subject hit counts its cases: (subject_id, case_id) counts them
 *   distinct along the index; it replaces (subject_id).
 */
const statements: string[] = [
  `CREATE INDEX omt_case_updated_code ON omt_case (updated_at, code, id)`,
  `CREATE INDEX omt_case_updated_desc_code ON omt_case (updated_at DESC, code, id)`,
  `CREATE INDEX omt_case_alias_code ON omt_case (alias COLLATE NOCASE, code, id)`,
  `CREATE INDEX omt_case_alias_desc_code ON omt_case (alias COLLATE NOCASE DESC, code, id)`,
  `CREATE INDEX omt_case_phase_code ON omt_case (current_phase_id, code, id)`,
  `CREATE INDEX omt_case_table_code ON omt_case (table_id, code, id)`,
  `DROP INDEX omt_case_updated`,
  `DROP INDEX omt_case_alias`,
  `DROP INDEX omt_case_phase`,
  `DROP INDEX omt_case_table`,
  `CREATE UNIQUE INDEX phase_sort ON phase (sort_order, id)`,
  `CREATE INDEX involvement_case_opened ON involvement (case_id, opened_on, created_at)`,
  `CREATE INDEX intervention_case_start ON intervention (case_id, coalesce(started_on, created_at), created_at)`,
  `CREATE INDEX involvement_subject_case ON involvement (subject_id, case_id)`,
  `DROP INDEX involvement_subject`,
]

/** All or nothing, as the other migrations. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx)
  })
}
