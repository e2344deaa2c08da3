/** A plan line query-plans.test.ts accepts, for the SQL it matches, and why. */
export interface AllowedPlan {
  sql: RegExp
  detail: RegExp
  reason: string
}

/** The case list's page query (db/cases/case-list.queries.ts), in any order. */
const casePage = /^SELECT c\.id, c\.code, \S+ AS key FROM /u
/** A condition of the case list's filters (db/cases/case-list-filter.queries.ts). */
const caseFilter = /WHERE .*(c\.current_phase_id IN|c\.table_id IN|c\.kind IN|case_theme|case_gemeente|search_fts)/u
const sqlOf = (...parts: RegExp[]) => new RegExp(parts.map((part) => `(?=[\\s\\S]*${part.source})`).join(''), 'u')

export const ALLOWED_PLANS: AllowedPlan[] = [
  {
    sql: /^SELECT count\(\*\) AS total FROM omt_case c$/u,
    detail: /^SCAN omt_case USING COVERING INDEX /u,
    reason: 'The pager shows how many cases there are: counting every case reads its smallest index once, by nature.',
  },
  {
    sql: casePage,
    detail: /^SCAN [cpt] USING (COVERING )?INDEX /u,
    reason:
      'The first page walks the index in the list order from its start and stops after LIMIT rows; a later page starts at its cursor (SEARCH).',
  },
  {
    sql: sqlOf(casePage, caseFilter),
    detail: /^USE TEMP B-TREE FOR ORDER BY$/u,
    reason:
      'A filter finds its cases by its own index and only those are sorted; an index for every filter and sort (five by ten) would tax every write.',
  },
  {
    sql: /^select [^()]* from "(partner|theme|phase|omt_table|district|enforcement_issue)"( where [^()]*)?( order by [^()]*)?$/u,
    detail: /^(SCAN |USE TEMP B-TREE FOR ORDER BY$)/u,
    reason: 'A reference table of a few dozen rows, read whole for labels and choices.',
  },
  {
    sql: /^select [^()]* from "?enforcement_issue"? where /u,
    detail: /^(SCAN enforcement_issue|USE TEMP B-TREE FOR ORDER BY)$/u,
    reason: 'The handhavingsknelpunten: a few dozen designated in ten years, read whole for the report.',
  },
  {
    sql: /from "(case_theme|case_phase|intervention)"|from "decision" where "closing_reason" is not null/u,
    detail: /^SCAN (case_theme|case_phase|intervention|decision)( USING (COVERING )?INDEX \S+)?$/u,
    reason:
      'The district report counts the whole history up to the period’s end: each table read once, in one pass, is its floor (tests/bench/district-report-floor.ts reads the same).',
  },
  {
    sql: /FROM search_fts WHERE search_fts MATCH \? ORDER BY bm25\(/u,
    detail: /^USE TEMP B-TREE FOR ORDER BY$/u,
    reason: 'Ranking by bm25 scores every match before the best are known: inherent to ranked full-text search.',
  },
  {
    sql: /FROM processing_log l LEFT JOIN .* ORDER BY l\.seq DESC LIMIT/u,
    detail: /^SCAN l$/u,
    reason: 'The unfiltered log walks its rowid (seq) newest first and stops after the page.',
  },
  {
    sql: /from "action_item" as "a"[\s\S]*where "a"\."(meeting_id|table_id)" = \?/u,
    detail: /^USE TEMP B-TREE FOR ORDER BY$/u,
    reason: 'One meeting’s action items and its table’s open ones: tens of rows, sorted by due date.',
  },
  {
    sql: /from "decision" as "d"[\s\S]*where "d"\."meeting_id" = \?|from "decision_involvement" as "di"/u,
    detail: /^USE TEMP B-TREE FOR ORDER BY$/u,
    reason: 'One meeting’s decisions and the subjects they name: tens of rows.',
  },
  {
    sql: /from "attachment" as "a" inner join "agenda_item" as "i"[\s\S]*where "i"\."meeting_id" = \?/u,
    detail: /^USE TEMP B-TREE FOR ORDER BY$/u,
    reason: 'One meeting’s attachments over all its items, in upload order: a handful of rows.',
  },
  {
    sql: /from "(case_theme" as "ct"|case_gemeente" as "cg")[\s\S]*where "c[tg]"\."case_id" = \? order by/u,
    detail: /^USE TEMP B-TREE FOR ORDER BY$/u,
    reason: 'One case’s few themes or gemeenten, by name.',
  },
]
