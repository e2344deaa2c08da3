/**
 * A handhavingsknelpunt (HHK) designated by the Stuurgroep. Its progress is
 * read from its dates: designated, plan of approach adopted, finished.
 * A null district is a regional HHK.
 */
export interface EnforcementIssueTable {
  id: string
  district_id: string | null
  name: string
  designated_on: string
  plan_adopted_on: string | null
  finished_on: string | null
  created_at: string
  updated_at: string
}

/** The accountmanager's speaker note for one slide of one report (scope and period). */
export interface DistrictReportNoteTable {
  scope: string
  period_from: string
  period_to: string
  slide: string
  text: string
  updated_at: string
}
