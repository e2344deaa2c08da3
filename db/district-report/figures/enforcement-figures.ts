import type { Cell, Figure } from '../../../shared/contract/district-report.contract'
import type { ReportFacts } from '../report-facts.queries'
import type { FigureContext } from './figure-context'

type EnforcementIssue = ReportFacts['enforcementIssues'][number]

/**
 * The progress of each handhavingsknelpunt at every period's end, read from
 * its dates. HHKs are policy topics designated by the Stuurgroep, not about
 * people: they are listed by name and not put through the small-number rule.
 */
function stageAt(issue: EnforcementIssue, date: string): Cell {
  if (issue.finished_on !== null && issue.finished_on <= date) return { value: 3, display: 'Afgerond' }
  if (issue.plan_adopted_on !== null && issue.plan_adopted_on <= date)
    return { value: 2, display: 'Plan van aanpak vastgesteld' }
  if (issue.designated_on <= date) return { value: 1, display: 'Aangewezen' }
  return { value: null, display: '—' }
}

export function enforcementProgress(context: FigureContext): Figure {
  const rows = context.facts.enforcementIssues.map((issue) => ({
    key: issue.id,
    label: issue.name,
    group: null,
    total: false,
    cells: context.columns.map((column) => stageAt(issue, column.to)),
  }))
  const finished = rows.filter((row) => row.cells.at(-1)?.value === 3).length
  const planned = rows.filter((row) => row.cells.at(-1)?.value === 2).length
  return {
    id: 'handhavingsknelpunten',
    title: 'Handhavingsknelpunten en hun voortgang',
    unit: 'status',
    rows,
    summary:
      rows.length === 0
        ? 'Er zijn geen handhavingsknelpunten aangewezen.'
        : `Van de ${String(rows.length)} handhavingsknelpunten is eind ${context.period.label} voor ${String(planned)} een plan van aanpak vastgesteld en zijn er ${String(finished)} afgerond.`,
    note: 'De voortgang aan het einde van elke periode.',
  }
}
