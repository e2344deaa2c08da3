import type { FieldErrors } from '../../../../shared/contract/errors'
import type { ProcessingActivityId } from '../../../../shared/contract/processing'
import { processingActivityIds } from '../../../../shared/contract/processing'
import type { LogFilters } from '../../../../shared/contract/processing-log.contract'

/** The filters as the form holds them: dates as the date field gives them (yyyy-mm-dd), choices as strings. */
export interface TypedLogFilters {
  from: string
  to: string
  activityId: string
  channel: string
  recordId: string
  subject: { id: string; label: string } | null
}

export const emptyTypedFilters: TypedLogFilters = {
  from: '',
  to: '',
  activityId: '',
  channel: '',
  recordId: '',
  subject: null,
}

export const noLogFilters: LogFilters = {
  fromMs: null,
  toMs: null,
  recordId: null,
  subjectId: null,
  activityId: null,
  channel: null,
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u

/** Local midnight of the day, `days` later: the user picks days where they are, the log counts milliseconds. */
function midnight(text: string, days: number): number | null {
  const match = DATE.exec(text)
  if (!match) return null
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).getTime()
}

const activityOf = (value: string): ProcessingActivityId | null =>
  processingActivityIds.find((id) => id === value) ?? null
const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

/** What the vault is asked: "tot en met" a day is up to the next day's midnight. */
export function filtersOf(typed: TypedLogFilters): LogFilters {
  return {
    fromMs: typed.from ? midnight(typed.from, 0) : null,
    toMs: typed.to ? midnight(typed.to, 1) : null,
    recordId: orNull(typed.recordId),
    subjectId: typed.subject?.id ?? null,
    activityId: activityOf(typed.activityId),
    channel: orNull(typed.channel),
  }
}

/** Checked before anything is asked, with the field names of the form. */
export function checkTyped(typed: TypedLogFilters): FieldErrors {
  const errors: FieldErrors = {}
  if (typed.from && !DATE.test(typed.from)) errors.from = 'Vul een geldige datum in, bijvoorbeeld 01-03-2026.'
  if (typed.to && !DATE.test(typed.to)) errors.to = 'Vul een geldige datum in, bijvoorbeeld 31-03-2026.'
  if (!errors.from && !errors.to && typed.from && typed.to && typed.to < typed.from)
    errors.to = 'De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.'
  return errors
}

export const hasTypedFilter = (typed: TypedLogFilters) => JSON.stringify(typed) !== JSON.stringify(emptyTypedFilters)
