import { beforeAll, describe, expect, it } from 'vitest'
import { districtReportFor } from '../../../../db/district-report/district-report'
import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import { closingReasonLabels } from '../../../../shared/domain/closing-reason'
import { planReportWorld, type ReportWorld, type WorldCase, writeReportWorld } from '../../../support/report-world'
import { useVault } from '../../../support/shared-vault'

/**
 * The report against figures computed here, in plain code, from the records
 * the world generator wrote: for two districts and two periods (a half-year
 * and a custom period), with the small-number rule applied by its own
 * definition below.
 */
const shared = useVault()
const world: ReportWorld = planReportWorld(11, 120)
const TABLE_OF_DISTRICT: Record<string, string> = { D: 'D', F: 'F' }

interface Column {
  from: string
  to: string
}
const PERIODS: { name: string; period: Column; columns: Column[] }[] = [
  {
    name: '2026 H1',
    period: { from: '2026-01-01', to: '2026-06-30' },
    columns: [
      { from: '2024-01-01', to: '2024-06-30' },
      { from: '2024-07-01', to: '2024-12-31' },
      { from: '2025-01-01', to: '2025-06-30' },
      { from: '2025-07-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-06-30' },
    ],
  },
  {
    name: 'februari–mei 2025',
    period: { from: '2025-02-01', to: '2025-05-31' },
    columns: [
      { from: '2023-01-01', to: '2023-06-30' },
      { from: '2023-07-01', to: '2023-12-31' },
      { from: '2024-01-01', to: '2024-06-30' },
      { from: '2024-07-01', to: '2024-12-31' },
      { from: '2025-02-01', to: '2025-05-31' },
    ],
  },
]

const within = (date: string | null | undefined, column: Column) =>
  typeof date === 'string' && date >= column.from && date <= column.to

/** How often the expected figures hid a count of 5 or more: the secondary rule must have been exercised. */
let secondaryHides = 0

/** The rule as issue 11 states it: 1–4 hidden; with a total, a lone hidden cell per column takes the next smallest with it. */
function shown(rows: { label: string; counts: number[] }[], withTotal: boolean): Record<string, string[]> {
  const all = withTotal
    ? [
        ...rows,
        {
          label: 'TOTAL',
          counts: rows[0]?.counts.map((_, c) => rows.reduce((s, r) => s + (r.counts[c] ?? 0), 0)) ?? [],
        },
      ]
    : rows
  const hidden = all.map((row) => row.counts.map((n) => n >= 1 && n <= 4))
  if (withTotal) {
    for (let c = 0; c < (all[0]?.counts.length ?? 0); c++) {
      const inner = rows.map((_, r) => r)
      if (inner.filter((r) => hidden[r]?.[c]).length !== 1) continue
      const candidates = inner.filter((r) => !hidden[r]?.[c] && (rows[r]?.counts[c] ?? 0) > 0)
      candidates.sort((a, b) => (rows[a]?.counts[c] ?? 0) - (rows[b]?.counts[c] ?? 0) || a - b)
      const next = candidates[0]
      if (next !== undefined) {
        hidden[next]![c] = true
        if ((rows[next]?.counts[c] ?? 0) >= 5) secondaryHides++
      }
    }
  }
  return Object.fromEntries(
    all.map((row, r) => [row.label, row.counts.map((n, c) => (hidden[r]?.[c] ? '<5' : n.toLocaleString('nl-NL')))]),
  )
}

const asDisplays = (report: DistrictReport, figureId: string) => {
  const figure = report.figures.find((f) => f.id === figureId)
  if (!figure) throw new Error(`no figure ${figureId}`)
  return Object.fromEntries(
    figure.rows.map((row) => [
      row.total ? 'TOTAL' : (row.group ? `${row.group}: ` : '') + row.label,
      row.cells.map((c) => c.display),
    ]),
  )
}

function phaseOn(c: WorldCase, date: string): string | null {
  let code: string | null = null
  for (const phase of c.phases) if (phase.on <= date) code = phase.code
  return code
}

/** Rows without any count left out, in the report's order (largest in the period first), which decides ties in the rule. */
const dropZero = (rows: { label: string; counts: number[] }[]) =>
  rows
    .filter((r) => r.counts.some((n) => n > 0))
    .sort((a, b) => (b.counts.at(-1) ?? 0) - (a.counts.at(-1) ?? 0) || a.label.localeCompare(b.label, 'nl'))

let districtIds: Record<string, string> = {}
beforeAll(async () => {
  await writeReportWorld(shared.made, world)
  const rows = await shared.made.vault.db.selectFrom('district').select(['id', 'code']).execute()
  districtIds = Object.fromEntries(rows.map((row) => [row.code, row.id]))
})

describe.each(['D', 'F'])('district %s', (district) => {
  describe.each(PERIODS)('$name', ({ period, columns }) => {
    let report: DistrictReport
    const cases = world.cases.filter((c) => c.table === TABLE_OF_DISTRICT[district] && c.registeredOn <= period.to)
    const caseIds = new Set(cases.map((c) => c.id))
    beforeAll(async () => {
      report = await districtReportFor(shared.made.vault.db, {
        scope: { kind: 'district', districtId: districtIds[district] ?? '' },
        period,
      })
    })

    it('has the four earlier half-years and the period as its columns', () => {
      expect(report.columns.map(({ from, to }) => ({ from, to }))).toEqual(columns)
    })

    it('counts signals by partner', () => {
      const partners = [...new Set(cases.map((c) => c.signalPartner ?? 'Niet vastgelegd'))]
      const rows = partners.map((label) => ({
        label,
        counts: columns.map(
          (column) =>
            cases.filter((c) => (c.signalPartner ?? 'Niet vastgelegd') === label && within(c.registeredOn, column))
              .length,
        ),
      }))
      expect(asDisplays(report, 'signalen-per-partner')).toEqual(shown(dropZero(rows), true))
    })

    it('gives the share of signals that became a case only from ten signals', () => {
      const expected = columns.map((column) => {
        const received = cases.filter((c) => within(c.registeredOn, column))
        const started = received.filter((c) => c.phases.some((p) => p.code === 'gestart' && p.on <= column.to))
        return received.length < 10 ? '—' : `${String(Math.round((100 * started.length) / received.length))}%`
      })
      expect(asDisplays(report, 'signalen-naar-casus')['Gestart als casus']).toEqual(expected)
    })

    it('counts cases started, closed and not started', () => {
      const entered = (code: string) =>
        columns.map(
          (column) => cases.filter((c) => c.phases.some((p) => p.code === code && within(p.on, column))).length,
        )
      expect(asDisplays(report, 'casussen-in-en-uit')).toEqual(
        shown(
          [
            { label: 'Gestart', counts: entered('gestart') },
            { label: 'Afgesloten', counts: entered('afgesloten') },
            { label: 'Niet gestart', counts: entered('niet-gestart') },
          ],
          false,
        ),
      )
    })

    it('counts the cases running at each period end by phase', () => {
      const phases: [string, string][] = [
        ['signaal', 'Signaal'],
        ['analyse', 'Analyse (informatiebeeld)'],
        ['gestart', 'Gestart (plan van aanpak)'],
        ['uitvoering', 'Uitvoering'],
        ['evaluatie', 'Evaluatie'],
        ['aangehouden', 'Aangehouden'],
        ['geescaleerd', 'Geëscaleerd (Stuurgroep)'],
      ]
      const rows = phases.map(([code, label]) => ({
        label,
        counts: columns.map((column) => cases.filter((c) => phaseOn(c, column.to) === code).length),
      }))
      expect(asDisplays(report, 'lopend-per-fase')).toEqual(shown(rows, true))
    })

    it('counts closed cases by their coded reason', () => {
      const reasons = [...Object.entries(closingReasonLabels), [null, 'Reden niet vastgelegd'] as const]
      const rows = reasons.map(([reason, label]) => ({
        label,
        counts: columns.map(
          (column) =>
            cases.filter((c) =>
              c.phases.some((p) => p.code === 'afgesloten' && within(p.on, column) && p.closingReason === reason),
            ).length,
        ),
      }))
      expect(asDisplays(report, 'afgesloten-per-reden')).toEqual(shown(rows, true))
    })

    it('gives the median days from signal to start with its spread, only from ten cases', () => {
      const expected = columns.map((column) => {
        const days = cases.flatMap((c) => {
          const start = c.phases.find((p) => p.code === 'gestart')
          return start && within(start.on, column)
            ? [(Date.parse(start.on) - Date.parse(c.registeredOn)) / 86_400_000]
            : []
        })
        if (days.length < 10) return '—'
        days.sort((a, b) => a - b)
        const q = (p: number) => {
          const at = (days.length - 1) * p
          const low = days[Math.floor(at)] ?? 0
          const high = days[Math.ceil(at)] ?? 0
          return Math.round(low + (high - low) * (at - Math.floor(at)))
        }
        return `${q(0.5).toLocaleString('nl-NL')} (${q(0.25).toLocaleString('nl-NL')}–${q(0.75).toLocaleString('nl-NL')})`
      })
      expect(asDisplays(report, 'doorlooptijden')['Signaal → start']).toEqual(expected)
    })

    const interventions = () => world.interventions.filter((i) => caseIds.has(i.caseId) && i.status !== 'ingetrokken')

    it('counts interventions by measure and by partner', () => {
      const measure = (label: string, subtypes: string[]) => ({
        label,
        counts: columns.map(
          (column) => interventions().filter((i) => subtypes.includes(i.subtype) && within(i.startedOn, column)).length,
        ),
      })
      expect(asDisplays(report, 'interventies-per-soort')).toEqual(
        shown(
          [
            measure('Bibob-toetsen', ['bibob']),
            measure('Waarschuwingen art. 13b Opiumwet', ['damocles-waarschuwing']),
            measure('Sluitingen art. 13b Opiumwet', ['damocles']),
            measure('Vergunningen geweigerd of ingetrokken', ['weigering-vergunning', 'intrekking-vergunning']),
            measure('Fiscale interventies', ['boekenonderzoek']),
            measure('Opsporingsonderzoeken gestart', ['opsporingsonderzoek']),
            measure('Beslagleggingen', ['beslag']),
          ],
          false,
        ),
      )
      const partners = [...new Set(interventions().map((i) => i.partner))]
      const rows = partners.map((label) => ({
        label,
        counts: columns.map(
          (column) => interventions().filter((i) => i.partner === label && within(i.startedOn, column)).length,
        ),
      }))
      const actual = asDisplays(report, 'interventies-per-partner')
      expect(actual).toEqual(shown(dropZero(rows), true))
    })

    it('shows amounts rounded to €1,000 only when three cases contribute', () => {
      const expected = columns.map((column) => {
        const items = interventions().filter((i) => i.subtype === 'beslag' && within(i.startedOn, column))
        if (new Set(items.map((i) => i.caseId)).size < 3) return '—'
        const euros = Math.round(items.reduce((sum, i) => sum + (i.amountCents ?? 0), 0) / 100 / 1000) * 1000
        return `€\u00a0${euros.toLocaleString('nl-NL')}`
      })
      expect(asDisplays(report, 'bedragen')['In beslag genomen']).toEqual(expected)
    })

    it('counts open and overdue action items per partner at each period end', () => {
      const actions = world.actions.filter((a) => a.table === TABLE_OF_DISTRICT[district])
      const openOn = (a: (typeof actions)[number], date: string) =>
        a.createdOn <= date && (a.changedOn === null || a.changedOn > date)
      const partners = [...new Set(actions.map((a) => a.partner))]
      const rows = (test: (a: (typeof actions)[number], date: string) => boolean) =>
        dropZero(
          partners.map((label) => ({
            label,
            counts: columns.map((column) => actions.filter((a) => a.partner === label && test(a, column.to)).length),
          })),
        )
      expect(asDisplays(report, 'actiepunten-open')).toEqual(shown(rows(openOn), true))
      expect(asDisplays(report, 'actiepunten-te-laat')).toEqual(
        shown(
          rows((a, date) => openOn(a, date) && a.dueDate !== null && a.dueDate < date),
          true,
        ),
      )
    })

    it("lists the district's own enforcement issues with their progress", () => {
      const issues = world.enforcementIssues.filter((i) => i.district === district && i.designatedOn <= period.to)
      const stage = (i: (typeof issues)[number], date: string) =>
        i.finishedOn && i.finishedOn <= date
          ? 'Afgerond'
          : i.planOn && i.planOn <= date
            ? 'Plan van aanpak vastgesteld'
            : i.designatedOn <= date
              ? 'Aangewezen'
              : '—'
      expect(asDisplays(report, 'handhavingsknelpunten')).toEqual(
        Object.fromEntries(issues.map((i) => [i.name, columns.map((column) => stage(i, column.to))])),
      )
    })
  })
})

it('exercised the secondary rule on counts of five or more', () => {
  expect(secondaryHides).toBeGreaterThan(0)
})
