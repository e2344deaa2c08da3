import { scaleBand, scaleLinear } from 'd3-scale'
import type { SVGProps } from 'react'
import type { Figure } from '../../../../shared/contract/district-report.contract'
import { axisTick } from './axis-format'
import { chartInk, columnFills } from './chart-colours'
import { type ChartMark, valueCeiling } from './chart-data'
import { HiddenValueMark } from './hidden-value-mark'
import { estimatedWidth, fittingFontSize, wrapLabel } from './text-fit'

export interface ColumnGroup {
  key: string
  label: string
  /** One mark per report column, oldest first, the period last. */
  marks: readonly ChartMark[]
}

export interface ColumnChartProps {
  groups: readonly ColumnGroup[]
  /** The report's column labels ("2024 H2" … "2026 H1"), for the legend. */
  columnLabels: readonly string[]
  unit: Figure['unit']
  width: number
  height: number
  fontSize: number
  svg: SVGProps<SVGSVGElement>
}

const TICKS = 5

/** The legend's entries side by side from `start`, each as wide as its swatch and text. */
function legendLayout(
  labels: readonly string[],
  fills: readonly string[],
  start: number,
  swatch: number,
  fontSize: number,
) {
  const entries: { label: string; x: number; fill: string }[] = []
  let x = start
  labels.forEach((label, index) => {
    entries.push({ label, x, fill: fills[index] ?? chartInk.period })
    x += swatch + 6 + estimatedWidth(label, fontSize) + 18
  })
  return entries
}

/** Grouped columns: per row, its value in each comparison half-year and then in the period, under one legend. */
export function ColumnChart({ groups, columnLabels, unit, width, height, fontSize, svg }: ColumnChartProps) {
  const fills = columnFills(columnLabels.length)
  const small = fontSize * 0.8
  const all = groups.flatMap((group) => group.marks)
  const y = scaleLinear()
    .domain([0, valueCeiling(all)])
    .nice(TICKS)
  const ticks = y.ticks(TICKS).filter(Number.isInteger)
  const left = Math.max(...ticks.map((tick) => estimatedWidth(axisTick(tick, unit), small))) + 12
  const legendHeight = fontSize * 2
  const top = legendHeight + small * 1.6
  const right = 8
  const x0 = scaleBand<string>()
    .domain(groups.map((group) => group.key))
    .range([left, width - right])
    .paddingInner(0.22)
    .paddingOuter(0.08)
  // Each group's label has the room of one group; as large as lets them all fit in two lines.
  const labelFont = fittingFontSize(
    groups.map((group) => group.label),
    x0.step() - 8,
    2,
    fontSize,
    Math.min(fontSize, 10),
  )
  const lineHeight = labelFont * 1.15
  const bottom = lineHeight * 2 + 10
  y.range([height - bottom, top])

  const x1 = scaleBand<number>()
    .domain(columnLabels.map((_, index) => index))
    .range([0, x0.bandwidth()])
    .padding(0.08)
  const base = y(0)
  const hiddenHeight = Math.min(fontSize * 1.6, (base - top) * 0.15)
  const legendSwatch = fontSize * 0.9

  const legend = legendLayout(columnLabels, fills, left, legendSwatch, small)

  return (
    <svg
      className="chart__svg"
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      width={width}
      height={height}
      fontSize={fontSize}
      {...svg}
    >
      <g aria-hidden="true">
        {legend.map((entry) => (
          <g key={entry.label}>
            <rect x={entry.x} y={fontSize * 0.4} width={legendSwatch} height={legendSwatch} fill={entry.fill} />
            <text
              x={entry.x + legendSwatch + 6}
              y={fontSize * 0.4 + legendSwatch / 2}
              dominantBaseline="central"
              fontSize={small}
              fill={chartInk.text}
            >
              {entry.label}
            </text>
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke={chartInk.grid} />
            <text
              x={left - 8}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="central"
              fontSize={small}
              fill={chartInk.muted}
            >
              {axisTick(tick, unit)}
            </text>
          </g>
        ))}
        <line x1={left} x2={width - right} y1={base} y2={base} stroke={chartInk.axis} />
        {groups.map((group) => {
          const groupX = x0(group.key) ?? 0
          const lines = wrapLabel(group.label, x0.step() - 8, labelFont, 2)
          return (
            <g key={group.key}>
              {group.marks.map((mark, index) => {
                const columnX = groupX + (x1(index) ?? 0)
                const middle = columnX + x1.bandwidth() / 2
                if (mark.value === null)
                  return (
                    <HiddenValueMark
                      key={mark.key}
                      x={columnX}
                      y={base - hiddenHeight}
                      width={x1.bandwidth()}
                      height={hiddenHeight}
                      display={mark.display}
                      label={{ x: middle, y: base - hiddenHeight - 4, anchor: 'middle' }}
                      fontSize={small}
                    />
                  )
                const columnTop = y(mark.value)
                // A value's text is printed where it fits; the data table has every one.
                const fits = estimatedWidth(mark.display, small) <= x1.step() + 2
                return (
                  <g key={mark.key}>
                    <rect
                      x={columnX}
                      y={columnTop}
                      width={x1.bandwidth()}
                      height={Math.max(0, base - columnTop)}
                      fill={fills[index] ?? chartInk.period}
                    />
                    {fits ? (
                      <text x={middle} y={columnTop - 4} textAnchor="middle" fontSize={small} fill={chartInk.text}>
                        {mark.display}
                      </text>
                    ) : null}
                  </g>
                )
              })}
              <text textAnchor="middle" fontSize={labelFont} fill={chartInk.text}>
                {lines.map((line, index) => (
                  <tspan key={index} x={groupX + x0.bandwidth() / 2} y={base + lineHeight * (index + 1)}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          )
        })}
      </g>
    </svg>
  )
}
