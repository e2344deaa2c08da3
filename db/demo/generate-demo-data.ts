import type { Insertable } from 'kysely'
import { formatCaseCode } from '../../shared/domain/case'
import { addYears } from '../../shared/domain/iso-date'
import type { Database, Db } from '../kernel/schema/database'
import { demoEnforcementIssues } from './demo-enforcement-issues'
import { demoIntervention, AIMED_AT_OBJECTS } from './demo-interventions'
import {
  assertEmptyRegister,
  demoMeetingReferences,
  demoReferences,
  finishDemoMeetings,
  inOneTransaction,
  insertAll,
  insertDemoMeetings,
} from './demo-data.queries'
import { planDemoMeetings } from './demo-meetings'
import { demoPhaseHistory, fromDay, type PhaseStep, toDay } from './demo-phases'
import { type DemoSubject, DemoSubjects } from './demo-subjects'
import { demoSummary } from './demo-summary'
import { ADJECTIVES, NOUNS, OFFICIALS } from './demo-words'
import { nameKey } from '../../shared/domain/subject'
import { Prng } from './prng'

export interface DemoOptions {
  seed: number
  /** 1 is the benchmark size: 5,000 cases, 30,000 subjects and objects, 15,000 interventions. */
  scale: number
  /** The "today" of the dataset; histories run ten years up to it. Fixed by default, so a seed means one dataset. */
  endDate?: string
}

export interface DemoCounts {
  cases: number
  phases: number
  subjects: number
  involvements: number
  interventions: number
  enforcementIssues: number
  meetings: number
  agendaItems: number
  decisions: number
  actionItems: number
}

export const DEMO_BASE = { cases: 5000, subjects: 30_000, interventions: 15_000 } as const
const DEFAULT_END_DATE = '2026-11-01'
const FINAL = new Set(['afgesloten', 'niet-gestart'])

// Den Haag brings the most cases, but every district enough that its half-year report shows figures, not "<5".
const TABLE_WEIGHTS: Record<string, number> = { ABC: 24, D: 16, E: 16, F: 18, G: 16, REG: 10 }
const THEME_WEIGHTS: Record<string, number> = {
  'Georganiseerde drugscriminaliteit': 30,
  'Malafide bedrijvigheid': 20,
  'Fraude of misbruik in de vastgoedsector': 15,
  'Witwassen en financieel-economische criminaliteit': 15,
  'Mensenhandel en -smokkel': 12,
  'Outlaw motorcycle gangs': 8,
}
const LEAD_WEIGHTS: Record<string, number> = {
  Gemeente: 45,
  Politie: 25,
  OM: 8,
  Belastingdienst: 7,
  NLA: 5,
  FIOD: 3,
  RIEC: 4,
  UWV: 1,
  KMar: 1,
  Douane: 1,
}

/**
 * Who brings signals in: mostly the gemeente and the politie (their own
 * observations, meldingen, the Bibob desk), then the fiscal and criminal
 * partners and the RIEC's own analyses.
 */
const SIGNAL_WEIGHTS: Record<string, number> = {
  Gemeente: 36,
  Politie: 30,
  Belastingdienst: 8,
  OM: 4,
  RIEC: 6,
  NLA: 4,
  FIOD: 2,
  UWV: 2,
  Douane: 2,
  KMar: 1,
  IND: 1,
  NVWA: 1,
  ZVH: 1,
  HEIT: 1,
}

type Rows<T extends keyof Database> = Insertable<Database[T]>[]

interface DemoCase {
  id: string
  tableIndex: number
  kind: 'betekenisvol' | 'lokaal'
  registeredDay: number
  phases: PhaseStep[]
  /** The day the case ended (afgesloten / niet gestart), or the dataset's end. */
  endDay: number
  closed: boolean
  gemeenten: string[]
  lastChangeDay: number
  subjects: number[]
}

/**
 * Fills an empty vault with a fictitious but realistic register: the region's
 * real tables, gemeenten, partners and themes; invented people, companies,
 * addresses, vehicles and vessels; ten years of phase histories; interventions.
 * Same seed, scale and end date: the same data (ids included). Everything is
 * written in one transaction with multi-row inserts; the search index follows
 * through its triggers. Meant only for a separate demo vault.
 */
export async function generateDemoData(db: Db, options: DemoOptions): Promise<DemoCounts> {
  await assertEmptyRegister(db)

  const rng = new Prng(options.seed)
  const endDay = toDay(options.endDate ?? DEFAULT_END_DATE)
  const startDay = toDay(addYears(fromDay(endDay), -10))

  const { tables, gemeenten, themes, partners, phases, districts } = await demoReferences(db)
  const phaseId = new Map(phases.map((p) => [p.code, p.id]))
  const partnerId = new Map(partners.map((p) => [p.short_name, p.id]))
  const gemeenteId = new Map(gemeenten.map((g) => [g.name, g.id]))
  const themeId = new Map(themes.map((t) => [t.name, t.id]))
  if (tables.length === 0 || gemeenten.length === 0 || themes.length === 0)
    throw new Error('Demo data needs the reference data of the first migration.')

  const counts = {
    cases: Math.max(1, Math.round(DEMO_BASE.cases * options.scale)),
    subjects: Math.max(1, Math.round(DEMO_BASE.subjects * options.scale)),
    interventions: Math.round(DEMO_BASE.interventions * options.scale),
  }

  // Aliases: every adjective with every noun, shuffled; a second round gets "II".
  const aliasPool = rng.shuffle(ADJECTIVES.flatMap((adjective) => NOUNS.map((noun) => `${adjective} ${noun}`)))
  const alias = (index: number) =>
    `${aliasPool[index % aliasPool.length] ?? 'Casus'}${index >= aliasPool.length ? ' II' : ''}`

  const caseRows: Rows<'omt_case'> = []
  const summaryRows: Rows<'case_summary'> = []
  const themeRows: Rows<'case_theme'> = []
  const gemeenteRows: Rows<'case_gemeente'> = []
  const phaseRows: Rows<'case_phase'> = []
  const cases: DemoCase[] = []
  const tableWeights = tables.map((table, index) => [index, TABLE_WEIGHTS[table.code] ?? 10] as const)
  const themeWeights = themes.map((theme) => [theme.name, THEME_WEIGHTS[theme.name] ?? 5] as const)
  const leadWeights = partners.map((partner) => [partner.short_name, LEAD_WEIGHTS[partner.short_name] ?? 0.5] as const)
  const signalWeights = partners.map(
    (partner) => [partner.short_name, SIGNAL_WEIGHTS[partner.short_name] ?? 0.2] as const,
  )

  for (let index = 0; index < counts.cases; index++) {
    const tableIndex = rng.weighted(tableWeights)
    const table = tables[tableIndex]
    if (!table) continue
    const regional = table.district_id === null
    const kind = rng.chance(regional ? 0.7 : 0.03) ? 'betekenisvol' : 'lokaal'
    // Registrations grow over the years, as the tables took on more: a third spread evenly, the rest weighted to
    // recent years, so the last half-years (the district report's columns) hold most of the register.
    const fraction = rng.chance(1 / 3) ? rng.next() : Math.cbrt(rng.next())
    const registeredDay = Math.min(endDay - 1, startDay + Math.floor(fraction * (endDay - startDay)))
    const history = demoPhaseHistory(rng, registeredDay, endDay)
    const last = history[history.length - 1] ?? { code: 'signaal', day: registeredDay }
    const closed = FINAL.has(last.code)
    const inDistrict = gemeenten.filter((g) => g.district_id === table.district_id)
    const pool = inDistrict.length > 0 ? inDistrict : gemeenten
    const caseGemeenten = [
      ...new Set(
        Array.from({ length: regional ? rng.int(1, 3) : rng.chance(0.85) ? 1 : 2 }, () => rng.pick(pool).name),
      ),
    ]
    const caseThemes = [...new Set(Array.from({ length: rng.chance(0.7) ? 1 : 2 }, () => rng.weighted(themeWeights)))]
    const lead = rng.chance(0.95) ? rng.weighted(leadWeights) : null
    // The partner that brings a signal often leads the case too; a few old cases never recorded it.
    const signal = rng.chance(0.03) ? null : lead && rng.chance(0.4) ? lead : rng.weighted(signalWeights)
    const id = rng.uuid()
    cases.push({
      id,
      tableIndex,
      kind,
      registeredDay,
      phases: history,
      endDay: closed ? last.day : endDay,
      closed,
      gemeenten: caseGemeenten,
      lastChangeDay: last.day,
      subjects: [],
    })
    const registeredOn = fromDay(registeredDay)
    summaryRows.push({ case_id: id, summary: demoSummary(rng, caseThemes, caseGemeenten, lead) })
    caseRows.push({
      id,
      code: '',
      alias: alias(index),
      table_id: table.id,
      kind,
      lead_partner_id: lead ? (partnerId.get(lead) ?? null) : null,
      signal_partner_id: signal ? (partnerId.get(signal) ?? null) : null,
      case_director: rng.chance(0.9) ? rng.pick(OFFICIALS) : null,
      registered_on: registeredOn,
      retention_until: addYears(fromDay(Math.max(registeredDay, last.day)), 5),
      current_phase_id: phaseId.get(last.code) ?? '',
      phase_since: fromDay(last.day),
      created_at: `${registeredOn}T09:00:00.000Z`,
      updated_at: '',
    })
    for (const name of caseThemes) themeRows.push({ case_id: id, theme_id: themeId.get(name) ?? '' })
    for (const name of caseGemeenten) gemeenteRows.push({ case_id: id, gemeente_id: gemeenteId.get(name) ?? '' })
    history.forEach((step, seq) =>
      phaseRows.push({
        id: rng.uuid(),
        case_id: id,
        seq: seq + 1,
        phase_id: phaseId.get(step.code) ?? '',
        started_on: fromDay(step.day),
        // No decisions exist yet; the decisions issue links demo phase changes to generated decisions.
        decision_id: null,
        recorded_at: `${fromDay(step.day)}T12:00:00.000Z`,
      }),
    )
  }

  // Codes per prefix and year in order of registration, as the register would have handed them out.
  const sequence = new Map<string, number>()
  const byRegistration = cases
    .map((c, index) => ({ c, index }))
    .sort((a, b) => a.c.registeredDay - b.c.registeredDay || a.index - b.index)
  for (const { c, index } of byRegistration) {
    const prefix = tables[c.tableIndex]?.case_prefix ?? 'X'
    const year = Number(fromDay(c.registeredDay).slice(0, 4))
    const key = `${prefix}\u0000${String(year)}`
    const number = (sequence.get(key) ?? 0) + 1
    sequence.set(key, number)
    const row = caseRows[index]
    if (row) row.code = formatCaseCode(prefix, year, number)
  }

  const { subjectRows, involvementRows } = demoSubjectsAndInvolvements(rng, cases, counts.subjects)
  const interventionRows = demoInterventions(rng, cases, counts.interventions, partnerId, subjectRows)
  // Meetings and their decisions: phase and involvement rows are dated from the deciding meeting.
  const meetingPlan = planDemoMeetings(await demoMeetingReferences(db), {
    rng,
    scale: options.scale,
    endDay,
    tables,
    caseRows,
    phaseRows,
    involvementRows,
  })

  const enforcementRows = demoEnforcementIssues(rng, districts, startDay, endDay)

  caseRows.forEach((row, index) => {
    const c = cases[index]
    if (c)
      row.updated_at = `${fromDay(c.lastChangeDay)}T${String(8 + (index % 10)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:00.000Z`
  })

  await inOneTransaction(db, async (trx) => {
    await insertAll(trx, 'omt_case', caseRows)
    await insertAll(trx, 'case_summary', summaryRows)
    await insertAll(trx, 'case_theme', themeRows)
    await insertAll(trx, 'case_gemeente', gemeenteRows)
    await insertDemoMeetings(trx, meetingPlan)
    await insertAll(trx, 'case_phase', phaseRows)
    await insertAll(trx, 'subject', subjectRows)
    await insertAll(trx, 'involvement', involvementRows)
    await insertAll(trx, 'intervention', interventionRows)
    await finishDemoMeetings(trx, meetingPlan)
    await insertAll(trx, 'enforcement_issue', enforcementRows)
    await insertAll(
      trx,
      'case_sequence',
      [...sequence].map(([key, last_number]) => {
        const [prefix = '', year = '0'] = key.split('\u0000')
        return { prefix, year: Number(year), last_number }
      }),
    )
  })
  return {
    cases: caseRows.length,
    phases: phaseRows.length,
    subjects: subjectRows.length,
    involvements: involvementRows.length,
    interventions: interventionRows.length,
    enforcementIssues: enforcementRows.length,
    ...meetingPlan.counts,
  }
}

/** A cumulative-weight picker: O(log n) per pick over thousands of cases. */
function weightedIndex(rng: Prng, weights: number[]): () => number {
  const cumulative: number[] = []
  let total = 0
  for (const weight of weights) cumulative.push((total += weight))
  return () => {
    const point = rng.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? 0) > point) high = middle
      else low = middle + 1
    }
    return low
  }
}

const stamp = (day: number) => `${fromDay(day)}T10:00:00.000Z`

function demoSubjectsAndInvolvements(rng: Prng, cases: DemoCase[], subjectCount: number) {
  const maker = new DemoSubjects(rng)
  const subjectRows: (Rows<'subject'>[number] & { id: string; kind: DemoSubject['kind'] })[] = []
  const involvementRows: Rows<'involvement'> = []
  // Large regional cases hold many subjects; most local ones a handful.
  const pickCase = weightedIndex(
    rng,
    cases.map((c) => (c.kind === 'betekenisvol' ? 6 : 1) * (0.5 + rng.next())),
  )

  const involve = (caseIndex: number, subjectIndex: number, firstDay: number) => {
    const c = cases[caseIndex]
    if (!c || c.subjects.includes(subjectIndex)) return
    c.subjects.push(subjectIndex)
    // Most subjects come with the signal; others are added while the case runs.
    const opened = rng.chance(0.7)
      ? Math.max(c.registeredDay, firstDay)
      : rng.int(Math.max(c.registeredDay, firstDay), Math.max(c.registeredDay, firstDay, c.endDay))
    const closed = rng.chance(0.1) && opened < c.endDay ? rng.int(opened + 1, c.endDay) : null
    c.lastChangeDay = Math.max(c.lastChangeDay, closed ?? opened)
    involvementRows.push({
      id: rng.uuid(),
      case_id: c.id,
      subject_id: subjectRows[subjectIndex]?.id ?? '',
      opened_on: fromDay(opened),
      closed_on: closed === null ? null : fromDay(closed),
      // Like phases: decision ids arrive with the decisions issue's generator.
      opened_by_decision_id: null,
      closed_by_decision_id: null,
      created_at: stamp(opened),
    })
  }

  for (let index = 0; index < subjectCount; index++) {
    // Every case gets at least one subject; the rest follow the weights.
    const caseIndex = index < cases.length ? index : pickCase()
    const c = cases[caseIndex]
    if (!c) continue
    const made = maker.any(rng.pick(c.gemeenten.length > 0 ? c.gemeenten : ['Den Haag']))
    const created = stamp(c.registeredDay)
    subjectRows.push({
      id: rng.uuid(),
      kind: made.kind,
      name: made.kind === 'object' ? null : made.name,
      name_key: nameKeyOf(made),
      birth_date: made.kind === 'persoon' ? made.birthDate : null,
      kvk: made.kind === 'rechtspersoon' ? made.kvk : null,
      object_kind: made.kind === 'object' ? made.objectKind : null,
      description: made.kind === 'object' ? made.description : null,
      created_at: created,
      updated_at: created,
    })
    involve(caseIndex, index, c.registeredDay)
    // One subject in several cases: the same people and companies return.
    if (rng.chance(0.08)) {
      const other = pickCase()
      if (other !== caseIndex) involve(other, index, cases[other]?.registeredDay ?? c.registeredDay)
    }
  }
  return { subjectRows, involvementRows }
}

function demoInterventions(
  rng: Prng,
  cases: DemoCase[],
  count: number,
  partnerId: Map<string, string>,
  subjects: { id: string; kind: DemoSubject['kind'] }[],
): Rows<'intervention'> {
  const started = cases.filter((c) => c.phases.some((step) => step.code === 'gestart'))
  if (started.length === 0 || count === 0) return []
  const pickCase = weightedIndex(
    rng,
    started.map((c) => (c.kind === 'betekenisvol' ? 4 : 1)),
  )
  const fallbackPartner = partnerId.values().next().value ?? ''
  const rows: Rows<'intervention'> = []
  for (let index = 0; index < count; index++) {
    const c = started[pickCase()]
    if (!c) continue
    const from = c.phases.find((step) => step.code === 'gestart')?.day ?? c.registeredDay
    const made = demoIntervention(rng, c.closed)
    // A planned measure has no date yet or one in the weeks after the dataset's today.
    const startDay =
      made.status === 'gepland'
        ? rng.chance(0.5)
          ? null
          : c.endDay + rng.int(7, 90)
        : rng.int(from, Math.max(from, c.endDay))
    const endDay =
      startDay !== null && (made.status === 'afgerond' || made.status === 'ingetrokken')
        ? Math.min(Math.max(startDay, c.endDay), startDay + rng.int(10, 300))
        : null
    const wantsObject = AIMED_AT_OBJECTS.has(made.subtype)
    const candidates = c.subjects.filter((s) => (subjects[s]?.kind === 'object') === wantsObject)
    const target = candidates.length > 0 && rng.chance(0.6) ? (subjects[rng.pick(candidates)]?.id ?? null) : null
    const touched = Math.min(endDay ?? startDay ?? from, c.endDay)
    c.lastChangeDay = Math.max(c.lastChangeDay, touched)
    rows.push({
      id: rng.uuid(),
      case_id: c.id,
      partner_id: partnerId.get(made.partner) ?? fallbackPartner,
      kind: made.kind,
      subtype: made.subtype,
      status: made.status,
      started_on: startDay === null ? null : fromDay(startDay),
      ended_on: endDay === null ? null : fromDay(endDay),
      result: made.result,
      amount_cents: made.amountCents,
      subject_id: target,
      created_at: stamp(startDay ?? from),
      updated_at: stamp(touched),
    })
  }
  return rows
}

function nameKeyOf(subject: DemoSubject): string {
  return nameKey(subject.kind === 'object' ? subject.description : subject.name)
}
