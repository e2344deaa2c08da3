import { cx } from '../lib/class-names'

/** Known phase codes get their own tint; a phase added later falls back to the neutral one. */
const tones: Record<string, string> = {
  signaal: 'signal',
  analyse: 'analysis',
  gestart: 'started',
  uitvoering: 'running',
  evaluatie: 'evaluation',
  afgesloten: 'closed',
  'niet-gestart': 'closed',
  aangehouden: 'held',
  geescaleerd: 'escalated',
}

interface PhaseBadgeProps {
  phase: { code: string; name: string }
  /** In a narrow column: "Analyse" for "Analyse (informatiebeeld)"; assistive technology still hears the full name. */
  short?: boolean
}

export function PhaseBadge({ phase, short = false }: PhaseBadgeProps) {
  const className = cx('phase-badge', `phase-badge--${tones[phase.code] ?? 'other'}`)
  const brief = phase.name.replace(/\s*\(.*\)\s*$/u, '')
  if (!short || brief === phase.name) return <span className={className}>{phase.name}</span>
  return (
    <span className={className} title={phase.name}>
      <span aria-hidden="true">{brief}</span>
      <span className="visually-hidden">{phase.name}</span>
    </span>
  )
}
