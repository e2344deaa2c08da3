import type { Figure, ReportColumn } from '../../../shared/contract/district-report.contract'
import type { ReportFacts } from '../report-facts.queries'
import { countFigure, type FigureContext, largestShown, lastShown } from './figure-context'

type Action = ReportFacts['actions'][number]

/** Open at the end of the day `date`: created by then, and not yet done or dropped by then. */
function openAt(action: Action, date: string): boolean {
  if (action.created_at.slice(0, 10) > date) return false
  return action.status === 'open' || action.status_changed_on === null || action.status_changed_on > date
}

const overdueAt = (action: Action, date: string) =>
  openAt(action, date) && action.due_date !== null && action.due_date < date

function perPartner(
  context: FigureContext,
  test: (action: Action, column: ReportColumn) => boolean,
): { key: string; label: string; counts: number[] }[] {
  const partners = new Map<string, number[]>()
  for (const action of context.facts.actions) {
    context.columns.forEach((column, index) => {
      if (!test(action, column)) return
      const row = partners.get(action.owner_partner_id) ?? context.columns.map(() => 0)
      row[index] = (row[index] ?? 0) + 1
      partners.set(action.owner_partner_id, row)
    })
  }
  return [...partners.entries()]
    .map(([key, counts]) => ({ key, label: context.labels.partners.get(key) ?? 'Onbekende partner', counts }))
    .sort((a, b) => (b.counts.at(-1) ?? 0) - (a.counts.at(-1) ?? 0) || a.label.localeCompare(b.label, 'nl'))
}

export function openActions(context: FigureContext): Figure {
  return countFigure({
    id: 'actiepunten-open',
    title: 'Openstaande actiepunten per partner aan het einde van de periode',
    rows: perPartner(context, (action, column) => openAt(action, column.to)),
    total: 'Totaal open',
    dropEmpty: true,
    context,
    summary: (shown) => {
      const top = largestShown(shown)
      return `Eind ${context.period.label} stonden ${lastShown(shown.at(-1))} actiepunten open${top ? `, de meeste bij ${top.label} (${lastShown(top)})` : ''}.`
    },
  })
}

export function overdueActions(context: FigureContext): Figure {
  return countFigure({
    id: 'actiepunten-te-laat',
    title: 'Actiepunten over de termijn per partner aan het einde van de periode',
    rows: perPartner(context, (action, column) => overdueAt(action, column.to)),
    total: 'Totaal over de termijn',
    dropEmpty: true,
    context,
    summary: (shown) => `Eind ${context.period.label} waren ${lastShown(shown.at(-1))} actiepunten over hun termijn.`,
  })
}
