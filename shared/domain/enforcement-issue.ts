/**
 * A handhavingsknelpunt's progress, read from its dates: designated by the
 * Stuurgroep, its plan of approach adopted at an OMT, finished. The register
 * keeps the dates; the stage follows from them, so the two cannot disagree.
 */
export const enforcementIssueStages = ['aangewezen', 'plan-vastgesteld', 'afgerond'] as const
export type EnforcementIssueStage = (typeof enforcementIssueStages)[number]

export const enforcementIssueStageLabels: Record<EnforcementIssueStage, string> = {
  aangewezen: 'Aangewezen',
  'plan-vastgesteld': 'Plan in uitvoering',
  afgerond: 'Afgerond',
}

export interface EnforcementIssueDates {
  designatedOn: string
  planAdoptedOn: string | null
  finishedOn: string | null
}

/** The stage on a day (default: now): a date after `on` has not happened yet. */
export function enforcementIssueStage(dates: EnforcementIssueDates, on?: string): EnforcementIssueStage {
  const happened = (date: string | null) => date !== null && (on === undefined || date <= on)
  if (happened(dates.finishedOn)) return 'afgerond'
  if (happened(dates.planAdoptedOn)) return 'plan-vastgesteld'
  return 'aangewezen'
}

export const ENFORCEMENT_ISSUE_NAME_MAX = 120
