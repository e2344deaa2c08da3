import type { Figure } from '../../../shared/contract/district-report.contract'
import { interventionSubtypes } from '../../../shared/domain/intervention'
import type { ReportFacts } from '../report-facts.queries'
import { amountCell } from '../suppress'
import { countFigure, type FigureContext, largestShown, lastShown, tally, within } from './figure-context'

type Intervention = ReportFacts['interventions'][number]

/** Withdrawn interventions did not happen; planned ones have no start date and are not read. */
const counted = (context: FigureContext) => context.facts.interventions.filter((item) => item.status !== 'ingetrokken')

const fiscal = new Set(Object.keys(interventionSubtypes.fiscaal))

/** The measures RIEC reports name, each a set of subtypes. */
const MEASURES: { key: string; label: string; matches: (item: Intervention) => boolean }[] = [
  { key: 'bibob', label: 'Bibob-toetsen', matches: (item) => item.subtype === 'bibob' },
  {
    key: '13b-waarschuwing',
    label: 'Waarschuwingen art. 13b Opiumwet',
    matches: (item) => item.subtype === 'damocles-waarschuwing',
  },
  { key: '13b-sluiting', label: 'Sluitingen art. 13b Opiumwet', matches: (item) => item.subtype === 'damocles' },
  {
    key: 'vergunning',
    label: 'Vergunningen geweigerd of ingetrokken',
    matches: (item) => item.subtype === 'weigering-vergunning' || item.subtype === 'intrekking-vergunning',
  },
  { key: 'fiscaal', label: 'Fiscale interventies', matches: (item) => fiscal.has(item.subtype) },
  {
    key: 'opsporing',
    label: 'Opsporingsonderzoeken gestart',
    matches: (item) => item.subtype === 'opsporingsonderzoek',
  },
  { key: 'beslag', label: 'Beslagleggingen', matches: (item) => item.subtype === 'beslag' },
]

export function interventionsByMeasure(context: FigureContext): Figure {
  const items = counted(context)
  const byColumn = context.columns.map((column) => items.filter((item) => within(item.started_on, column)))
  return countFigure({
    id: 'interventies-per-soort',
    title: 'Interventies per soort',
    rows: MEASURES.map((measure) => ({
      key: measure.key,
      label: measure.label,
      counts: context.columns.map((_, index) => (byColumn[index] ?? []).filter(measure.matches).length),
    })),
    total: null,
    dropEmpty: false,
    context,
    summary: (shown) => {
      const warnings = shown.find((row) => row.key === '13b-waarschuwing')
      const closures = shown.find((row) => row.key === '13b-sluiting')
      return `In ${context.period.label}: ${lastShown(shown[0])} Bibob-toetsen, ${lastShown(warnings)} waarschuwingen en ${lastShown(closures)} sluitingen op grond van art. 13b Opiumwet.`
    },
    note: 'Geteld op de begindatum van de interventie; ingetrokken interventies tellen niet mee.',
  })
}

export function interventionsByPartner(context: FigureContext): Figure {
  const counts = tally(
    counted(context),
    context.columns,
    (item) => item.started_on,
    (item) => item.partner_id,
  )
  const rows = [...counts.entries()]
    .map(([key, row]) => ({ key, label: context.labels.partners.get(key) ?? 'Onbekende partner', counts: row }))
    .sort((a, b) => (b.counts.at(-1) ?? 0) - (a.counts.at(-1) ?? 0) || a.label.localeCompare(b.label, 'nl'))
  return countFigure({
    id: 'interventies-per-partner',
    title: 'Interventies per partner',
    rows,
    total: 'Totaal',
    dropEmpty: true,
    context,
    summary: (shown) => {
      const top = largestShown(shown)
      return `In ${context.period.label} begonnen de partners ${lastShown(shown.at(-1))} interventies${top ? `, de meeste door ${top.label} (${lastShown(top)})` : ''}.`
    },
  })
}

const AMOUNTS: { key: string; label: string; subtypes: string[] }[] = [
  { key: 'beslag', label: 'In beslag genomen', subtypes: ['beslag'] },
  { key: 'afgepakt', label: 'Afgepakt of ingevorderd', subtypes: ['ontneming', 'fiscale-invordering'] },
]

/** District totals only, rounded to €1,000, and only where enough cases contribute. */
export function amounts(context: FigureContext): Figure {
  const items = counted(context).filter((item) => item.amount_cents !== null)
  const rows = AMOUNTS.map((amount) => ({
    key: amount.key,
    label: amount.label,
    group: null,
    total: false,
    cells: context.columns.map((column) => {
      const contributing = items.filter(
        (item) => amount.subtypes.includes(item.subtype) && within(item.started_on, column),
      )
      const cents = contributing.reduce((sum, item) => sum + (item.amount_cents ?? 0), 0)
      return amountCell(cents, new Set(contributing.map((item) => item.case_id)).size, context.thresholds)
    }),
  }))
  return {
    id: 'bedragen',
    title: 'Afgepakt en in beslag genomen vermogen',
    unit: 'euro',
    rows,
    summary: rows.every((row) => row.cells.at(-1)?.value === null)
      ? `In ${context.period.label} droegen te weinig casussen bij om bedragen te tonen.`
      : `In ${context.period.label} werd ${lastShown(rows[0])} in beslag genomen en ${lastShown(rows[1])} afgepakt of ingevorderd.`,
    note: `Afgerond op € 1.000; alleen getoond als ten minste ${String(context.thresholds.minContributors)} casussen bijdragen.`,
  }
}
