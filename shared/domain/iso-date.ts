import { z } from 'zod'

/**
 * Calendar dates cross the contract as `YYYY-MM-DD` strings: no time zone can
 * shift a date of birth or a decision date by a day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u

export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Today in the user's own time zone: "in the future" means after today there. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function addYears(isoDate: string, years: number): string {
  const [year, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)]
  const shifted = `${String(year + years).padStart(4, '0')}${rest}`
  // 29 February plus a year lands on 28 February.
  return isRealIsoDate(shifted) ? shifted : `${shifted.slice(0, 8)}28`
}

/** Day-month-year, the way Dutch users read dates in messages. */
export function dutchDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}-${isoDate.slice(5, 7)}-${isoDate.slice(0, 4)}`
}

export const IsoDate = z
  .string('Vul een datum in.')
  .regex(ISO_DATE, 'Vul een datum in als jjjj-mm-dd.')
  .refine(isRealIsoDate, 'Deze datum bestaat niet. Controleer de dag en de maand.')
