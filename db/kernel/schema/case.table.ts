import type { CaseKind } from '../../../shared/domain/case'

/** One casus. `current_phase_id` and `phase_since` are written by triggers from case_phase only. */
export interface OmtCaseTable {
  id: string
  code: string
  alias: string
  table_id: string
  kind: CaseKind
  lead_partner_id: string | null
  /** The partner that brought the signal in (aandrager). */
  signal_partner_id: string | null
  case_director: string | null
  registered_on: string
  retention_until: string
  current_phase_id: string
  phase_since: string
  created_at: string
  updated_at: string
}

/** Apart from omt_case so the list never reads it; one row per case, '' when empty. */
export interface CaseSummaryTable {
  case_id: string
  summary: string
}

/** The last number handed out per case prefix and year. */
export interface CaseSequenceTable {
  prefix: string
  year: number
  last_number: number
}

export interface CaseThemeTable {
  case_id: string
  theme_id: string
}

export interface CaseGemeenteTable {
  case_id: string
  gemeente_id: string
}

/**
 * The phase history: one row per phase a case entered, in `seq` order. The
 * decision that caused it is `decision_id`; null for the registration as
 * signaal (no foreign key until the decision table exists).
 */
export interface CasePhaseTable {
  id: string
  case_id: string
  seq: number
  phase_id: string
  started_on: string
  decision_id: string | null
  recorded_at: string
}
