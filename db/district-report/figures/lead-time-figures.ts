import type { Figure } from '../../../shared/contract/district-report.contract'
import { FINAL_PHASE_CODES } from '../../../shared/domain/case'
import { daysBetween, firstEntry, finishedStays } from '../case-timeline'
import { medianCell } from '../suppress'
import { type FigureContext, within } from './figure-context'

/**
 * Lead times in days: median with the spread (25th–75th percentile). Each
 * period counts what was completed in it: the cases started in it (signaal →
 * start), closed in it (start → afgesloten), and the stays in a phase that
 * ended in it. Shown only from minN cases on.
 */
export function leadTimes(context: FigureContext): Figure {
  const toStart = context.timelines.flatMap((timeline) => {
    const start = firstEntry(timeline, 'gestart')
    return start ? [{ date: start.startedOn, days: daysBetween(timeline.registeredOn, start.startedOn) }] : []
  })
  const toClose = context.timelines.flatMap((timeline) => {
    const start = firstEntry(timeline, 'gestart')
    const closed = timeline.phases.findLast((entry) => entry.code === 'afgesloten')
    return start && closed ? [{ date: closed.startedOn, days: daysBetween(start.startedOn, closed.startedOn) }] : []
  })
  const stays = context.timelines.flatMap(finishedStays)
  const row = (key: string, label: string, items: { date: string; days: number }[]) => ({
    key,
    label,
    group: null,
    total: false,
    cells: context.columns.map((column) =>
      medianCell(
        items.filter((item) => within(item.date, column)).map((item) => item.days),
        context.thresholds,
      ),
    ),
  })
  const phaseRows = context.labels.phases
    .filter((phase) => !FINAL_PHASE_CODES.includes(phase.code))
    .map((phase) =>
      row(
        `fase:${phase.code}`,
        `In fase ${phase.name}`,
        stays
          .filter((stay) => stay.code === phase.code)
          .map((stay) => ({ date: stay.to, days: daysBetween(stay.from, stay.to) })),
      ),
    )
  const rows = [
    row('signaal-start', 'Signaal → start', toStart),
    row('start-afgesloten', 'Start → afgesloten', toClose),
    ...phaseRows,
  ]
  const first = rows[0]?.cells.at(-1)
  return {
    id: 'doorlooptijden',
    title: 'Doorlooptijden in dagen',
    unit: 'dagen',
    rows,
    summary:
      first?.value === null || first === undefined
        ? `In ${context.period.label} zijn te weinig casussen gestart om een doorlooptijd te tonen.`
        : `Van signaal tot start duurde het in ${context.period.label} gemiddeld (mediaan) ${String(first.value)} dagen.`,
    note: `Mediaan in dagen, met tussen haakjes de spreiding (25e–75e percentiel). Alleen getoond bij ten minste ${String(context.thresholds.minN)} casussen.`,
  }
}
