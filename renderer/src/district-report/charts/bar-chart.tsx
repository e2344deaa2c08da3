import { scaleBand, scaleLinear } from 'd3-scale'
import type { SVGProps } from 'react'
import type { Figure } from '../../../../shared/contract/district-report.contract'
import { axisTick } from './axis-format'
import { chartInk } from './chart-colours'
import { type ChartMark, valueCeiling } from './chart-data'
import { HiddenValueMark } from './hidden-value-mark'
import { estimatedWidth, fitsIn, fittingFontSize, wrapLabel } from './text-fit'

export interface BarChartProps {
  marks: readonly ChartMark[]
  unit: Figure['unit']
  width: number
  /** The most height the chart may take (a slide); without it every bar gets a comfortable row. */
  height?: number | undefined
  fontSize: number
  /** role, aria-* and focus handling from the chart frame. */
  svg: SVGProps<SVGSVGElement>
}

const TICKS = 5

/** Horizontal bars, one per row, of the period's value: labels left, the report's own text at the end of each bar. */
export function BarChart({ marks, unit, width, height, fontSize, svg }: BarChartProps) {
  const labelWidth = Math.min(
    width * 0.36,
    Math.max(96, ...marks.map((mark) => estimatedWidth(mark.label, fontSize))) + 12,
  )
  const valueRoom = Math.max(fontSize * 3, ...marks.map((mark) => estimatedWidth(mark.display, fontSize))) + 12
  const top = 4
  const bottom = fontSize * 2
  const labelRoom = labelWidth - 12
  // Labels on one line at the chart's size where they all fit; else two lines, smaller if the rows are low.
  const oneLine = marks.every((mark) => fitsIn(mark.label, labelRoom, fontSize, 1))
  const comfortable = fontSize * (oneLine ? 2.6 : 3)
  // On a fixed stage the rows share its height, but a bar never grows thicker than a comfortable row and a half.
  const rowHeight = height
    ? Math.min((height - top - bottom) / Math.max(1, marks.length), comfortable * 1.5)
    : comfortable
  const labelFont = oneLine
    ? fontSize
    : fittingFontSize(
        marks.map((mark) => mark.label),
        labelRoom,
        2,
        Math.min(fontSize, rowHeight / 2.3),
        Math.min(fontSize, 11),
      )
  const lineHeight = labelFont * 1.15
  const innerHeight = rowHeight * marks.length
  const totalHeight = top + innerHeight + bottom

  const x = scaleLinear()
    .domain([0, valueCeiling(marks)])
    .nice(TICKS)
    .range([labelWidth, width - valueRoom])
  const y = scaleBand<string>()
    .domain(marks.map((mark) => mark.key))
    .range([top, top + innerHeight])
    .paddingInner(0.25)
    .paddingOuter(0.12)
  const ticks = x.ticks(TICKS).filter(Number.isInteger)
  const axisY = top + innerHeight
  // A hidden value has no length: a short empty outline stands in its place, whatever the scale.
  const hiddenWidth = Math.min(fontSize * 2.6, (width - valueRoom - labelWidth) * 0.12)

  return (
    <svg
      className="chart__svg"
      viewBox={`0 0 ${String(width)} ${String(totalHeight)}`}
      width={width}
      height={totalHeight}
      fontSize={fontSize}
      {...svg}
    >
      <g aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={axisY} stroke={chartInk.grid} />
            <text x={x(tick)} y={axisY + fontSize * 1.3} textAnchor="middle" fill={chartInk.muted}>
              {axisTick(tick, unit)}
            </text>
          </g>
        ))}
        <line x1={labelWidth} x2={labelWidth} y1={top} y2={axisY} stroke={chartInk.axis} />
        {marks.map((mark) => {
          const bandTop = y(mark.key) ?? 0
          const middle = bandTop + y.bandwidth() / 2
          const lines = wrapLabel(mark.label, labelRoom, labelFont, oneLine ? 1 : 2)
          const firstLine = middle - ((lines.length - 1) * lineHeight) / 2
          const end = mark.value === null ? null : x(mark.value)
          return (
            <g key={mark.key}>
              <text
                x={labelWidth - 10}
                textAnchor="end"
                dominantBaseline="central"
                fontSize={labelFont}
                fill={chartInk.text}
              >
                {lines.map((line, index) => (
                  <tspan key={index} x={labelWidth - 10} y={firstLine + index * lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
              {end === null ? (
                <HiddenValueMark
                  x={labelWidth}
                  y={bandTop}
                  width={hiddenWidth}
                  height={y.bandwidth()}
                  display={mark.display}
                  label={{ x: labelWidth + hiddenWidth + 6, y: middle, anchor: 'start' }}
                />
              ) : (
                <>
                  {end > labelWidth ? (
                    <rect
                      x={labelWidth}
                      y={bandTop}
                      width={end - labelWidth}
                      height={y.bandwidth()}
                      fill={chartInk.period}
                    />
                  ) : null}
                  <text x={end + 6} y={middle} dominantBaseline="central" fill={chartInk.text} fontWeight={600}>
                    {mark.display}
                  </text>
                </>
              )}
            </g>
          )
        })}
      </g>
    </svg>
  )
}
