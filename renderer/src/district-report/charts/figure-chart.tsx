/*
 * The report's charts are plain React SVG, laid out with d3-scale, and not
 * Observable Plot (which issue 11 recommends). Plot renders by inserting a
 * <style> element into each chart, and our content security policy is
 * `style-src 'self'`: Chromium refuses that element, so Plot's charts would
 * lose their styling in the app, and loosening the policy to
 * 'unsafe-inline' for a chart library would weaken the one page that holds
 * the vault. Our two chart kinds (horizontal bars, grouped columns) are a
 * few dozen lines each on top of scaleLinear and scaleBand; doing them
 * ourselves also lets a hidden value be drawn the way the small-number rule
 * needs (an empty outline with "<5", never a bar of 0), keeps every text the
 * report's own `display` string, and makes the same SVG serve the screen, the
 * slides and the printed PDF, where vector output stays sharp at any size.
 */
import { type KeyboardEvent, useId, useRef, useState } from 'react'
import type { DistrictReport, Figure, Slide } from '../../../../shared/contract/district-report.contract'
import { isChartable } from './axis-format'
import { BarChart } from './bar-chart'
import { chartedRows, columnMarks, periodMarks, rowLabel } from './chart-data'
import { ColumnChart } from './column-chart'
import { FigureTable } from './figure-table'
import './charts.css'

export interface FigureChartProps {
  figure: Figure
  columns: DistrictReport['columns']
  kind: Slide['chart']
  mode: 'screen' | 'print'
  width: number
  /** Required for a slide's fixed stage; bars grow with their rows without it. */
  height?: number | undefined
  fontSize: number
  /** 'below': the table opens under the chart (a page); 'instead': it takes the chart's place (a fixed slide). */
  tablePlacement?: 'below' | 'instead'
  /**
   * 'hidden' where the same sentence stands just above as the slide's message:
   * it still describes the chart to assistive technology, but is not read twice on screen.
   */
  summary?: 'visible' | 'hidden'
}

/** The key that shows and hides a chart's data table while the chart has focus. */
export const TABLE_KEY = 't'

const isTableKey = (event: KeyboardEvent) =>
  event.key.toLowerCase() === TABLE_KEY && !event.ctrlKey && !event.metaKey && !event.altKey

/**
 * One figure with its visible title and one-sentence summary: as a chart
 * (role="img", named by the title, described by the summary) with its data
 * table one keystroke away, or as a table alone when there is nothing to
 * draw as lengths (a status, or a slide without a chart).
 */
export function FigureChart(props: FigureChartProps) {
  const { figure, columns, kind, mode, width, height, fontSize, tablePlacement = 'below', summary = 'visible' } = props
  const titleId = useId()
  const summaryId = useId()
  const hintId = useId()
  const tableId = useId()
  const [tableOpen, setTableOpen] = useState(false)
  const chartRef = useRef<SVGSVGElement>(null)
  const tableRef = useRef<HTMLDivElement>(null)
  const interactive = mode === 'screen'
  const charted = kind !== 'none' && isChartable(figure.unit)
  const empty = chartedRows(figure).length === 0

  const toggle = (byKey: boolean) => {
    const open = !tableOpen
    setTableOpen(open)
    // When the table takes the chart's place, focus goes with it; otherwise it stays where the user pressed.
    if (byKey && tablePlacement === 'instead')
      requestAnimationFrame(() => (open ? tableRef.current : chartRef.current)?.focus())
  }
  const onKey = (event: KeyboardEvent) => {
    if (!isTableKey(event)) return
    event.preventDefault()
    toggle(true)
  }

  const svg = {
    ref: chartRef,
    role: 'img',
    'aria-labelledby': titleId,
    'aria-describedby': interactive ? `${summaryId} ${hintId}` : summaryId,
    ...(interactive ? { tabIndex: 0, onKeyDown: onKey, 'aria-keyshortcuts': 'T' } : {}),
  } as const
  const chartHeight = height ?? Math.round(width * 0.42)
  const labels = columns.map((column) => column.label)
  const grouped = columnMarks(figure, labels)
  const chart = empty ? (
    <p className="chart__empty">Er is voor deze figuur niets te tonen in deze periode.</p>
  ) : kind === 'bars' ? (
    <BarChart
      marks={periodMarks(figure)}
      unit={figure.unit}
      width={width}
      height={height}
      fontSize={fontSize}
      svg={svg}
    />
  ) : (
    <ColumnChart
      groups={chartedRows(figure).map((row, index) => ({
        key: row.key,
        label: rowLabel(row),
        marks: grouped[index] ?? [],
      }))}
      columnLabels={labels}
      unit={figure.unit}
      width={width}
      height={chartHeight}
      fontSize={fontSize}
      svg={svg}
    />
  )
  const table = (
    <div
      ref={tableRef}
      id={tableId}
      className="chart__table"
      hidden={!tableOpen}
      tabIndex={-1}
      onKeyDown={tablePlacement === 'instead' ? onKey : undefined}
    >
      <FigureTable figure={figure} columns={columns} caption="hidden" />
    </div>
  )

  return (
    <figure className={`chart chart--${mode}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="chart__title">
        {figure.title}
      </h3>
      <p id={summaryId} className={summary === 'visible' ? 'chart__summary' : 'visually-hidden'}>
        {figure.summary}
      </p>
      {!charted ? (
        <FigureTable figure={figure} columns={columns} caption="hidden" />
      ) : (
        <>
          {tablePlacement === 'instead' && tableOpen ? null : chart}
          {interactive && !empty ? (
            <div className="chart__controls">
              <button
                type="button"
                className="button button--secondary button--small"
                aria-expanded={tableOpen}
                aria-controls={tableId}
                onClick={() => toggle(false)}
              >
                {tableOpen ? 'Verberg tabel' : 'Toon tabel'}
              </button>
              <span id={hintId} className="chart__hint">
                Of druk op T terwijl de grafiek de focus heeft.
              </span>
            </div>
          ) : null}
          {interactive && !empty ? table : null}
        </>
      )}
      {figure.note ? <p className="chart__note">{figure.note}</p> : null}
    </figure>
  )
}
