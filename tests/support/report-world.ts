import { Prng } from '../../db/demo/prng'
import type { Vault } from '../../db/vault/vault'
import { closingReasons, type ClosingReason } from '../../shared/domain/closing-reason'
import { createMeeting, reference, section } from './meeting-fixtures'
import type { TempVault } from './temp-vault'

/**
 * A small register for the district report's tests, written straight into a
 * vault, whose records the test keeps: the expected figures are computed from
 * these records in plain code, never with the report's queries.
 */
export interface WorldCase {
  id: string
  table: string
  kind: 'betekenisvol' | 'lokaal'
  registeredOn: string
  signalPartner: string | null
  themes: string[]
  /** In order; every date on or after the one before. */
  phases: { code: string; on: string; closingReason: ClosingReason | null }[]
}
export interface WorldIntervention {
  caseId: string
  partner: string
  subtype: string
  status: 'lopend' | 'afgerond' | 'ingetrokken'
  startedOn: string
  amountCents: number | null
}
export interface WorldAction {
  table: string
  partner: string
  createdOn: string
  dueDate: string | null
  status: 'open' | 'gereed' | 'vervallen'
  changedOn: string | null
}
export interface WorldEnforcementIssue {
  district: string
  name: string
  designatedOn: string
  planOn: string | null
  finishedOn: string | null
}
export interface ReportWorld {
  cases: WorldCase[]
  interventions: WorldIntervention[]
  actions: WorldAction[]
  enforcementIssues: WorldEnforcementIssue[]
}

const TABLES = ['D', 'F', 'ABC']
const PARTNERS = ['Gemeente', 'Politie', 'OM', 'Belastingdienst', 'NLA']
const THEMES = ['Georganiseerde drugscriminaliteit', 'Malafide bedrijvigheid', 'Mensenhandel en -smokkel']
const SUBTYPES = [
  'bibob',
  'damocles-waarschuwing',
  'damocles',
  'weigering-vergunning',
  'intrekking-vergunning',
  'boekenonderzoek',
  'opsporingsonderzoek',
  'beslag',
  'ontneming',
  'last-onder-dwangsom',
]
const kindOf = (subtype: string) =>
  subtype === 'boekenonderzoek'
    ? 'fiscaal'
    : subtype === 'opsporingsonderzoek'
      ? 'strafrechtelijk'
      : subtype === 'beslag' || subtype === 'ontneming'
        ? 'financieel'
        : 'bestuursrechtelijk'

const DAY = 86_400_000
const toDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10)
const toDay = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY)

/** Cases from 2023 into 2026 in tables D, F and ABC; nothing is dated after `end`. */
export function planReportWorld(seed: number, casesPerTable: number, end = '2026-06-30'): ReportWorld {
  const rng = new Prng(seed)
  const pick = <T>(list: readonly T[]): T => list[rng.int(0, list.length - 1)] as T
  const [first, last] = [toDay('2023-01-01'), toDay(end)]
  const cases: WorldCase[] = []
  for (const table of TABLES) {
    for (let n = 0; n < casesPerTable; n++) {
      const registered = rng.int(first, last)
      const phases: WorldCase['phases'] = [{ code: 'signaal', on: toDate(registered), closingReason: null }]
      let day = registered
      const steps = rng.chance(0.15)
        ? ['analyse', 'niet-gestart']
        : ['analyse', 'gestart', 'uitvoering', 'evaluatie', 'afgesloten']
      for (const code of steps) {
        day += rng.int(0, 160)
        if (day > last) break
        phases.push({
          code,
          on: toDate(day),
          closingReason: code === 'afgesloten' && rng.chance(0.8) ? pick(closingReasons) : null,
        })
      }
      cases.push({
        id: crypto.randomUUID(),
        table,
        kind: rng.chance(0.2) ? 'betekenisvol' : 'lokaal',
        registeredOn: toDate(registered),
        signalPartner: rng.chance(0.9) ? pick(PARTNERS) : null,
        themes: [...new Set([pick(THEMES), ...(rng.chance(0.3) ? [pick(THEMES)] : [])])],
        phases,
      })
    }
  }
  const interventions: WorldIntervention[] = cases.flatMap((c) =>
    Array.from({ length: rng.int(0, 3) }, () => {
      const subtype = pick(SUBTYPES)
      return {
        caseId: c.id,
        partner: pick(PARTNERS),
        subtype,
        status: rng.chance(0.1)
          ? ('ingetrokken' as const)
          : rng.chance(0.5)
            ? ('afgerond' as const)
            : ('lopend' as const),
        startedOn: toDate(Math.min(last, toDay(c.registeredOn) + rng.int(0, 400))),
        amountCents: subtype === 'beslag' || subtype === 'ontneming' ? rng.int(1, 90_000) * 100 : null,
      }
    }),
  )
  const actions: WorldAction[] = TABLES.flatMap((table) =>
    Array.from({ length: casesPerTable }, () => {
      const created = rng.int(first, last)
      const done = rng.chance(0.6) ? Math.min(last, created + rng.int(1, 300)) : null
      return {
        table,
        partner: pick(PARTNERS),
        createdOn: toDate(created),
        dueDate: rng.chance(0.9) ? toDate(created + rng.int(7, 120)) : null,
        status: done === null ? ('open' as const) : rng.chance(0.8) ? ('gereed' as const) : ('vervallen' as const),
        changedOn: done === null ? null : toDate(done),
      }
    }),
  )
  const enforcementIssues: WorldEnforcementIssue[] = ['D', 'F'].flatMap((district) => [
    {
      district,
      name: `Bedrijventerreinen ${district}`,
      designatedOn: '2023-03-01',
      planOn: '2024-02-01',
      finishedOn: '2025-09-01',
    },
    { district, name: `Vakantieparken ${district}`, designatedOn: '2025-05-01', planOn: null, finishedOn: null },
  ])
  return { cases, interventions, actions, enforcementIssues }
}

/** Writes the world into an empty vault: one meeting per table carries the closing decisions. */
export async function writeReportWorld(made: TempVault, world: ReportWorld): Promise<void> {
  const vault: Vault = made.vault
  const ref = await reference(vault)
  const meetings = new Map<string, { id: string; itemId: string }>()
  for (const table of TABLES) {
    const meeting = await createMeeting(made.dispatch, ref, { date: '2023-01-05' }, 'sjabloon', table)
    meetings.set(table, { id: meeting.id, itemId: section(meeting, 'afsluiting').id })
  }
  const districtOf = new Map(
    (await vault.db.selectFrom('district').select(['id', 'code']).execute()).map((row) => [row.code, row.id]),
  )
  const now = '2026-07-01T00:00:00.000Z'
  await vault.db.transaction().execute(async (trx) => {
    let number = 0
    for (const c of world.cases) {
      await trx
        .insertInto('omt_case')
        .values({
          id: c.id,
          code: `W-${String(++number)}`,
          alias: `Wereld ${String(number)}`,
          table_id: ref.table(c.table),
          kind: c.kind,
          lead_partner_id: null,
          signal_partner_id: c.signalPartner ? ref.partner(c.signalPartner) : null,
          case_director: null,
          registered_on: c.registeredOn,
          retention_until: '2040-01-01',
          current_phase_id: ref.phase('signaal'),
          phase_since: c.registeredOn,
          created_at: now,
          updated_at: now,
        })
        .execute()
      await trx.insertInto('case_summary').values({ case_id: c.id, summary: '' }).execute()
      for (const theme of c.themes)
        await trx
          .insertInto('case_theme')
          .values({ case_id: c.id, theme_id: ref.theme(theme) })
          .execute()
      let seq = 0
      for (const phase of c.phases) {
        let decisionId: string | null = null
        if (phase.code === 'afgesloten') {
          decisionId = crypto.randomUUID()
          const meeting = meetings.get(c.table)
          await trx
            .insertInto('decision')
            .values({
              id: decisionId,
              code: `W ${String(number)}`,
              table_id: ref.table(c.table),
              year: Number(phase.on.slice(0, 4)),
              number,
              meeting_id: meeting?.id ?? '',
              agenda_item_id: meeting?.itemId ?? '',
              decided_on: phase.on,
              type: 'afsluiten',
              status: 'geldig',
              case_id: c.id,
              text: 'Afsluiten',
              reason: 'Afgerond',
              closing_reason: phase.closingReason,
              created_at: now,
              updated_at: now,
            })
            .execute()
        }
        await trx
          .insertInto('case_phase')
          .values({
            id: crypto.randomUUID(),
            case_id: c.id,
            seq: ++seq,
            phase_id: ref.phase(phase.code),
            started_on: phase.on,
            decision_id: decisionId,
            recorded_at: now,
          })
          .execute()
      }
    }
    for (const item of world.interventions) {
      await trx
        .insertInto('intervention')
        .values({
          id: crypto.randomUUID(),
          case_id: item.caseId,
          partner_id: ref.partner(item.partner),
          kind: kindOf(item.subtype),
          subtype: item.subtype,
          status: item.status,
          started_on: item.startedOn,
          ended_on: null,
          result: '',
          amount_cents: item.amountCents,
          subject_id: null,
          created_at: now,
          updated_at: now,
        })
        .execute()
    }
    for (const action of world.actions) {
      await trx
        .insertInto('action_item')
        .values({
          id: crypto.randomUUID(),
          table_id: ref.table(action.table),
          meeting_id: meetings.get(action.table)?.id ?? '',
          agenda_item_id: null,
          decision_id: null,
          case_id: null,
          text: 'Actie',
          owner_partner_id: ref.partner(action.partner),
          owner_person: null,
          due_date: action.dueDate,
          status: action.status,
          status_changed_on: action.changedOn,
          created_at: `${action.createdOn}T10:00:00.000Z`,
          updated_at: now,
        })
        .execute()
    }
    for (const issue of world.enforcementIssues) {
      await trx
        .insertInto('enforcement_issue')
        .values({
          id: crypto.randomUUID(),
          district_id: districtOf.get(issue.district) ?? null,
          name: issue.name,
          designated_on: issue.designatedOn,
          plan_adopted_on: issue.planOn,
          finished_on: issue.finishedOn,
          created_at: now,
          updated_at: now,
        })
        .execute()
    }
  })
}
