import { chartInk } from './chart-colours'

interface HiddenValueMarkProps {
  x: number
  y: number
  width: number
  height: number
  /** The report's text for the hidden value, e.g. "<5". */
  display: string
  label: { x: number; y: number; anchor: 'start' | 'middle' }
  /** The text's size where it differs from the chart's (the columns' small value labels). */
  fontSize?: number | undefined
}

/**
 * A value the small-number rule hid: an empty, dashed outline with the
 * report's text beside it. Never a bar of 0, which would say "none" where
 * the truth is "a few" (or "not shown").
 */
export function HiddenValueMark({ x, y, width, height, display, label, fontSize }: HiddenValueMarkProps) {
  return (
    <g className="chart__hidden">
      <rect
        x={x + 0.75}
        y={y + 0.75}
        width={Math.max(0, width - 1.5)}
        height={Math.max(0, height - 1.5)}
        fill="#ffffff"
        stroke={chartInk.hidden}
        strokeWidth={1.5}
        strokeDasharray="4 3"
      />
      <text
        x={label.x}
        y={label.y}
        textAnchor={label.anchor}
        dominantBaseline={label.anchor === 'start' ? 'central' : 'auto'}
        fill={chartInk.text}
        fontSize={fontSize}
        fontWeight={600}
      >
        {display}
      </text>
    </g>
  )
}
