import { addYears } from './iso-date'

/** Betekenisvolle casuïstiek (the regional 7+1) and local "buikpijn" cases. */
export const caseKinds = ['betekenisvol', 'lokaal'] as const
export type CaseKind = (typeof caseKinds)[number]

export const caseKindLabels: Record<CaseKind, string> = {
  betekenisvol: 'Betekenisvolle casus',
  lokaal: 'Lokale casus',
}

/**
 * A summary holds headings, paragraphs and lists as Markdown-like plain text.
 * 50,000 characters is some twenty pages: more is an attachment, not a summary.
 */
export const SUMMARY_MAX_LENGTH = 50_000

/** Where the register starts a case and which phases accept no further subjects. */
export const INITIAL_PHASE_CODE = 'signaal'
export const FINAL_PHASE_CODES: readonly string[] = ['afgesloten', 'niet-gestart']

/**
 * A default to propose in the form, not a rule: retention differs per region
 * and per agreement, and extending it later takes a recorded decision.
 * It is provisional while the case is open: the term that counts runs from
 * the closing date (db/retention/closing-retention.queries.ts sets it when a
 * decision closes the case). Open cases keep this date, because moving it
 * forward on every change would quietly extend retention without a decision.
 */
export const DEFAULT_RETENTION_YEARS = 5

export function defaultRetentionUntil(registeredOn: string): string {
  return addYears(registeredOn, DEFAULT_RETENTION_YEARS)
}

/** `D-2025-014`: the table's prefix, the year of registration, a number per prefix and year. */
export function formatCaseCode(prefix: string, year: number, number: number): string {
  return `${prefix}-${String(year)}-${String(number).padStart(3, '0')}`
}

export const CASE_CODE_PATTERN = /^([A-Za-z0-9][A-Za-z0-9-]{0,11})-(\d{4})-(\d{3,5})$/u

export function parseCaseCode(code: string): { prefix: string; year: number; number: number } | null {
  const match = CASE_CODE_PATTERN.exec(code)
  if (!match) return null
  return { prefix: match[1] ?? '', year: Number(match[2]), number: Number(match[3]) }
}
