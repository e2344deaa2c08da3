/** Amounts are whole euro cents in the vault; people read and type euros the Dutch way. */
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
const plain = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** "€ 12.500,50" */
export function formatEuro(cents: number): string {
  return euro.format(cents / 100)
}

/** "12.500,50": the amount as it is typed back into a field. */
export function euroInputText(cents: number | null): string {
  return cents === null ? '' : plain.format(cents / 100)
}

/**
 * Reads "12.500,50", "12500", "€ 1.250" or "1250.5" into cents. Empty means no
 * amount (null); anything else that is not an amount gives NaN, so the form
 * can say so instead of dropping it.
 */
export function parseEuro(text: string): number | null {
  const compact = text.replace(/[€\s\u00a0]/gu, '')
  if (compact === '') return null
  let normal: string
  if (compact.includes(',')) {
    // Dutch: dots group thousands, the comma starts the cents.
    if (!/^\d{1,3}(\.\d{3})*,\d{0,2}$|^\d+,\d{0,2}$/u.test(compact)) return Number.NaN
    normal = compact.replaceAll('.', '').replace(',', '.')
  } else if (/^\d{1,3}(\.\d{3})+$/u.test(compact)) {
    normal = compact.replaceAll('.', '')
  } else if (/^\d+(\.\d{1,2})?$/u.test(compact)) {
    normal = compact
  } else {
    return Number.NaN
  }
  return Math.round(Number(normal) * 100)
}
