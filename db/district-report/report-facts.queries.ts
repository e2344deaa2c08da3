import type { ReportScope } from '../../shared/domain/report-period'
import type { ReportDb } from './report-tables'

/** The tables a scope covers: every table, the tables of one district, or one table. */
async function scopeTables(db: ReportDb, scope: ReportScope): Promise<string[]> {
  let query = db.selectFrom('omt_table').select('id')
  if (scope.kind === 'district') query = query.where('district_id', '=', scope.districtId)
  if (scope.kind === 'tafel') query = query.where('id', '=', scope.tableId)
  return (await query.execute()).map((row) => row.id)
}

export interface ReportFacts {
  cases: { id: string; kind: 'betekenisvol' | 'lokaal'; registered_on: string; signal_partner_id: string | null }[]
  /** Each case's phases in the order they were entered, up to the period's end. */
  phasesByCase: Map<string, { code: string; startedOn: string; closingReason: string | null }[]>
  themes: { case_id: string; theme_id: string }[]
  interventions: {
    case_id: string
    partner_id: string
    subtype: string
    status: string
    started_on: string
    amount_cents: number | null
  }[]
  actions: {
    owner_partner_id: string
    status: string
    due_date: string | null
    created_at: string
    status_changed_on: string | null
  }[]
  enforcementIssues: {
    id: string
    name: string
    designated_on: string
    plan_adopted_on: string | null
    finished_on: string | null
  }[]
}

/**
 * Everything the report counts, for the scope and up to the period's end, in
 * one read per table. The figures are computed from these rows in memory:
 * a few tens of thousands of narrow rows for ten years of a region.
 */
export async function readReportFacts(db: ReportDb, scope: ReportScope, until: string): Promise<ReportFacts> {
  const tables = await scopeTables(db, scope)
  if (tables.length === 0)
    return { cases: [], phasesByCase: new Map(), themes: [], interventions: [], actions: [], enforcementIssues: [] }
  // The region reads whole tables: a scan beats looking up thousands of case ids one by one.
  const narrow = scope.kind !== 'regio'
  const casesInScope = db
    .selectFrom('omt_case')
    .select('id')
    .where('table_id', 'in', tables)
    .where('registered_on', '<=', until)

  const [cases, phases, themes, interventions, actions, enforcementIssues, phaseCodes, closings] = await Promise.all([
    db
      .selectFrom('omt_case')
      .select(['id', 'kind', 'registered_on', 'signal_partner_id'])
      .$if(narrow, (query) => query.where('table_id', 'in', tables))
      .where('registered_on', '<=', until)
      .execute(),
    db
      .selectFrom('case_phase')
      .select(['case_id', 'phase_id', 'started_on', 'decision_id'])
      .$if(narrow, (query) => query.where('case_id', 'in', casesInScope))
      .where('started_on', '<=', until)
      .orderBy('case_id')
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('case_theme')
      .select(['case_id', 'theme_id'])
      .$if(narrow, (query) => query.where('case_id', 'in', casesInScope))
      .execute(),
    db
      .selectFrom('intervention')
      .select(['case_id', 'partner_id', 'subtype', 'status', 'started_on', 'amount_cents'])
      .$if(narrow, (query) => query.where('case_id', 'in', casesInScope))
      .where('started_on', 'is not', null)
      .where('started_on', '<=', until)
      .execute(),
    db
      .selectFrom('action_item')
      .select(['owner_partner_id', 'status', 'due_date', 'created_at', 'status_changed_on'])
      .where('table_id', 'in', tables)
      .where('created_at', '<=', `${until}T23:59:59.999Z`)
      .execute(),
    enforcementIssuesOf(db, scope).where('designated_on', '<=', until).execute(),
    db.selectFrom('phase').select(['id', 'code']).execute(),
    db.selectFrom('decision').select(['id', 'closing_reason']).where('closing_reason', 'is not', null).execute(),
  ])
  const known = new Set(cases.map((row) => row.id))
  const codeOf = new Map(phaseCodes.map((phase) => [phase.id, phase.code]))
  const reasonOf = new Map(closings.map((decision) => [decision.id, decision.closing_reason]))
  // Grouped as they are read: tens of thousands of rows, so no intermediate copies (they cost in garbage collection).
  const phasesByCase: ReportFacts['phasesByCase'] = new Map()
  for (const row of phases) {
    if (!known.has(row.case_id)) continue
    let list = phasesByCase.get(row.case_id)
    if (!list) phasesByCase.set(row.case_id, (list = []))
    list.push({
      code: codeOf.get(row.phase_id) ?? '',
      startedOn: row.started_on,
      closingReason: row.decision_id === null ? null : (reasonOf.get(row.decision_id) ?? null),
    })
  }
  return {
    cases,
    phasesByCase,
    themes: themes.filter((row) => known.has(row.case_id)),
    interventions: interventions.filter(
      (row): row is (typeof interventions)[number] & { started_on: string } =>
        row.started_on !== null && known.has(row.case_id),
    ),
    actions,
    enforcementIssues,
  }
}

/** A district's own HHKs; a table's are its district's; the region has every HHK, the regional ones included. */
function enforcementIssuesOf(db: ReportDb, scope: ReportScope) {
  const query = db
    .selectFrom('enforcement_issue')
    .select(['id', 'name', 'designated_on', 'plan_adopted_on', 'finished_on'])
    .orderBy('designated_on')
    .orderBy('name')
  if (scope.kind === 'district') return query.where('district_id', '=', scope.districtId)
  if (scope.kind === 'tafel')
    return query.where(
      'district_id',
      'in',
      db
        .selectFrom('omt_table')
        .select('district_id')
        .where('id', '=', scope.tableId)
        .where('district_id', 'is not', null),
    )
  return query
}

export interface ReportLabels {
  partners: Map<string, string>
  themes: { id: string; name: string }[]
  phases: { id: string; code: string; name: string; sort_order: number }[]
}

export async function readReportLabels(db: ReportDb): Promise<ReportLabels> {
  const [partners, themes, phases] = await Promise.all([
    db.selectFrom('partner').select(['id', 'short_name']).execute(),
    db.selectFrom('theme').select(['id', 'name']).orderBy('name').execute(),
    db.selectFrom('phase').select(['id', 'code', 'name', 'sort_order']).orderBy('sort_order').execute(),
  ])
  return { partners: new Map(partners.map((partner) => [partner.id, partner.short_name])), themes, phases }
}

/** What can be chosen: the region, its districts and its tables. */
export async function readScopeChoices(db: ReportDb) {
  const [districts, tables, earliest] = await Promise.all([
    db.selectFrom('district').select(['id', 'code', 'name']).orderBy('code').execute(),
    db.selectFrom('omt_table').select(['id', 'code', 'name', 'district_id']).orderBy('code').execute(),
    db
      .selectFrom('omt_case')
      .select((eb) => eb.fn.min('registered_on').as('first'))
      .executeTakeFirst(),
  ])
  return { districts, tables, earliest: earliest?.first ?? null }
}

export async function scopeName(db: ReportDb, scope: ReportScope): Promise<string | null> {
  if (scope.kind === 'regio') return 'Regio'
  if (scope.kind === 'district') {
    const row = await db
      .selectFrom('district')
      .select(['code', 'name'])
      .where('id', '=', scope.districtId)
      .executeTakeFirst()
    return row ? `District ${row.code} (${row.name})` : null
  }
  const row = await db.selectFrom('omt_table').select(['name']).where('id', '=', scope.tableId).executeTakeFirst()
  return row ? row.name : null
}
