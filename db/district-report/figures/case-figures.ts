import type { Figure } from '../../../shared/contract/district-report.contract'
import { caseKindLabels, FINAL_PHASE_CODES } from '../../../shared/domain/case'
import { closingReasonLabels, closingReasons } from '../../../shared/domain/closing-reason'
import { dayBefore, firstEntry, phaseAt } from '../case-timeline'
import { percentCell } from '../suppress'
import { countFigure, type FigureContext, largestShown, lastShown, tally, within } from './figure-context'

const UNKNOWN = 'onbekend'

/** Signals received in each period, by the partner that brought them in. */
export function signalsByPartner(context: FigureContext): Figure {
  const counts = tally(
    context.timelines,
    context.columns,
    (timeline) => timeline.registeredOn,
    (timeline) => timeline.signalPartnerId ?? UNKNOWN,
  )
  const rows = [...counts.entries()]
    .map(([key, row]) => ({
      key,
      label: key === UNKNOWN ? 'Niet vastgelegd' : (context.labels.partners.get(key) ?? 'Onbekende partner'),
      counts: row,
    }))
    .sort((a, b) => (b.counts.at(-1) ?? 0) - (a.counts.at(-1) ?? 0) || a.label.localeCompare(b.label, 'nl'))
  return countFigure({
    id: 'signalen-per-partner',
    title: 'Ontvangen signalen per partner',
    rows,
    total: 'Totaal',
    dropEmpty: true,
    context,
    summary: (shown) => {
      const total = lastShown(shown.at(-1))
      const top = largestShown(shown)
      return `In ${context.period.label} kwamen ${total} signalen binnen${top ? `; de meeste van ${top.label} (${lastShown(top)})` : ''}.`
    },
  })
}

/** Of the signals received in a period, the share that was started as a case by the period's end. */
export function signalConversion(context: FigureContext): Figure {
  const cells = context.columns.map((column) => {
    const received = context.timelines.filter((timeline) => within(timeline.registeredOn, column))
    const started = received.filter((timeline) => {
      const entry = firstEntry(timeline, 'gestart')
      return entry !== null && entry.startedOn <= column.to
    })
    return percentCell(started.length, received.length, context.thresholds)
  })
  const last = cells.at(-1)
  return {
    id: 'signalen-naar-casus',
    title: 'Aandeel signalen dat een casus werd',
    unit: 'procent',
    rows: [{ key: 'aandeel', label: 'Gestart als casus', group: null, cells, total: false }],
    summary:
      last?.value === null || last === undefined
        ? `Voor ${context.period.label} zijn te weinig signalen om een aandeel te tonen.`
        : `${last.display} van de signalen uit ${context.period.label} werd vóór het einde van de periode gestart als casus.`,
    note: `Alleen getoond bij ten minste ${String(context.thresholds.minN)} signalen in de periode.`,
  }
}

/** Cases started, closed and not started in each period. */
export function caseFlow(context: FigureContext): Figure {
  const entered = (code: string) =>
    context.columns.map(
      (column) =>
        context.timelines.filter((timeline) =>
          timeline.phases.some((e) => e.code === code && within(e.startedOn, column)),
        ).length,
    )
  const firstStarts = context.columns.map(
    (column) =>
      context.timelines.filter((timeline) => within(firstEntry(timeline, 'gestart')?.startedOn, column)).length,
  )
  return countFigure({
    id: 'casussen-in-en-uit',
    title: 'Gestarte en afgesloten casussen',
    rows: [
      { key: 'gestart', label: 'Gestart', counts: firstStarts },
      { key: 'afgesloten', label: 'Afgesloten', counts: entered('afgesloten') },
      { key: 'niet-gestart', label: 'Niet gestart', counts: entered('niet-gestart') },
    ],
    total: null,
    dropEmpty: false,
    context,
    summary: (shown) =>
      `In ${context.period.label} werden ${lastShown(shown[0])} casussen gestart en ${lastShown(shown[1])} afgesloten.`,
  })
}

/** Cases still running at each period's end, by the phase they were in. */
export function ongoingByPhase(context: FigureContext): Figure {
  const phases = context.labels.phases.filter((phase) => !FINAL_PHASE_CODES.includes(phase.code))
  // One pass per column: the phase of every case at the column's end, counted by code.
  const byCode = context.columns.map((column) => {
    const counts = new Map<string, number>()
    for (const timeline of context.timelines) {
      const code = phaseAt(timeline, column.to)?.code
      if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1)
    }
    return counts
  })
  const rows = phases.map((phase) => ({
    key: phase.code,
    label: phase.name,
    counts: byCode.map((counts) => counts.get(phase.code) ?? 0),
  }))
  return countFigure({
    id: 'lopend-per-fase',
    title: 'Lopende casussen per fase aan het einde van de periode',
    rows,
    total: 'Totaal lopend',
    dropEmpty: false,
    context,
    summary: (shown) => {
      const top = largestShown(shown)
      return `Eind ${context.period.label} liepen ${lastShown(shown.at(-1))} casussen${top ? `, de meeste in de fase ${top.label} (${lastShown(top)})` : ''}.`
    },
  })
}

/** Cases closed in each period, by the coded reason of their closing decision. */
export function closedByReason(context: FigureContext): Figure {
  const closings = context.timelines.flatMap((timeline) =>
    timeline.phases.filter((entry) => entry.code === 'afgesloten'),
  )
  const counts = tally(
    closings,
    context.columns,
    (entry) => entry.startedOn,
    (entry) => entry.closingReason ?? UNKNOWN,
  )
  const zero = () => context.columns.map(() => 0)
  return countFigure({
    id: 'afgesloten-per-reden',
    title: 'Afgesloten casussen per reden',
    rows: [
      ...closingReasons.map((reason) => ({
        key: reason,
        label: closingReasonLabels[reason],
        counts: counts.get(reason) ?? zero(),
      })),
      { key: UNKNOWN, label: 'Reden niet vastgelegd', counts: counts.get(UNKNOWN) ?? zero() },
    ],
    total: 'Totaal afgesloten',
    dropEmpty: false,
    context,
    summary: (shown) => {
      const top = largestShown(shown)
      return `In ${context.period.label} werden ${lastShown(shown.at(-1))} casussen afgesloten${top ? `; de meest genoemde reden: ${top.label.toLowerCase()} (${lastShown(top)})` : ''}.`
    },
  })
}

/** Cases that ran during each period, by theme, betekenisvol and lokaal apart. A case can have several themes. */
export function casesByTheme(context: FigureContext): Figure {
  const themesOf = new Map<string, string[]>()
  for (const row of context.facts.themes)
    themesOf.set(row.case_id, [...(themesOf.get(row.case_id) ?? []), row.theme_id])
  // Per column, the cases running in it (registered by its end, not ended before its start), counted by kind and theme.
  const counts = context.columns.map((column) => {
    const before = dayBefore(column.from)
    const tally = new Map<string, number>()
    for (const timeline of context.timelines) {
      if (timeline.registeredOn > column.to) continue
      const state = phaseAt(timeline, before)
      if (state !== null && FINAL_PHASE_CODES.includes(state.code)) continue
      for (const theme of themesOf.get(timeline.id) ?? []) {
        const key = `${timeline.kind}:${theme}`
        tally.set(key, (tally.get(key) ?? 0) + 1)
      }
    }
    return tally
  })
  const rows = (['betekenisvol', 'lokaal'] as const).flatMap((kind) =>
    context.labels.themes.map((theme) => ({
      key: `${kind}:${theme.id}`,
      label: theme.name,
      group: caseKindLabels[kind],
      counts: counts.map((tally) => tally.get(`${kind}:${theme.id}`) ?? 0),
    })),
  )
  return countFigure({
    id: 'casussen-per-thema',
    title: 'Casussen per verschijningsvorm',
    rows,
    total: null,
    dropEmpty: true,
    context,
    summary: (shown) => {
      const top = largestShown(shown)
      return top
        ? `In ${context.period.label} speelden de meeste casussen rond ${top.label.toLowerCase()} (${top.group?.toLowerCase() ?? ''}: ${lastShown(top)}).`
        : `In ${context.period.label} zijn er te weinig casussen om per verschijningsvorm te tonen.`
    },
    note: 'Een casus kan meer dan één verschijningsvorm hebben; de aantallen tellen daarom niet op.',
  })
}
