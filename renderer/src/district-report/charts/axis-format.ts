import type { Figure } from '../../../../shared/contract/district-report.contract'

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const euro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
})

/**
 * A tick of the value axis in the figure's unit, in Dutch notation. Only the
 * axis is formatted here: a bar's own label is always the report's `display`
 * text, so the chart never prints a number the small-number rule hid.
 */
export function axisTick(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'euro':
      return euro.format(value)
    case 'procent':
      return `${whole.format(value)}%`
    default:
      return whole.format(value)
  }
}

/** What the value axis measures, said once beside it. */
export function axisTitle(unit: Figure['unit']): string {
  switch (unit) {
    case 'aantal':
      return 'Aantal'
    case 'dagen':
      return 'Dagen'
    case 'procent':
      return 'Procent'
    case 'euro':
      return 'Euro'
    case 'status':
      return ''
  }
}

/** A status figure (the progress of a handhavingsknelpunt) has words, not amounts: it is shown as a table only. */
export const isChartable = (unit: Figure['unit']): boolean => unit !== 'status'
