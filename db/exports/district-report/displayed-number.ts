import type { CellObject } from 'write-excel-file/node'

const INTEGER = /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/u
const DECIMAL = /^\d+,\d+$/u
const EURO = /^€\s?((?:\d{1,3}(?:\.\d{3})+|\d+))$/u
const PERCENT = /^(\d+(?:,\d+)?)\s?%$/u

const dutchNumber = (text: string) => Number(text.replaceAll('.', '').replace(',', '.'))

/**
 * A displayed value as a spreadsheet cell: read from the text the report
 * shows, never from the number behind it, so what the spreadsheet holds is
 * exactly what the slide says. "84", "1.250", "12,5", "€ 125.000" and "42%"
 * become numbers (sums and charts work); "<5", "—" and anything else stays
 * text, so a hidden figure can never turn back into a number.
 */
export function displayedCell(display: string): CellObject {
  if (INTEGER.test(display)) return { value: dutchNumber(display), type: Number, format: '#,##0' }
  if (DECIMAL.test(display)) return { value: dutchNumber(display), type: Number, format: '0.0' }
  const euro = EURO.exec(display)
  if (euro?.[1]) return { value: dutchNumber(euro[1]), type: Number, format: '"€" #,##0' }
  const percent = PERCENT.exec(display)
  if (percent?.[1]) return { value: dutchNumber(percent[1]) / 100, type: Number, format: '0%' }
  return { value: display, type: String }
}
