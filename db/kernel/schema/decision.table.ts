import type { CaseKind } from '../../../shared/domain/case'
import type { ClosingReason } from '../../../shared/domain/closing-reason'
import type { DecisionStatus, DecisionType } from '../../../shared/domain/decision-types'

export interface DecisionSequenceTable {
  table_id: string
  year: number
  last_number: number
}

/**
 * A numbered decision. The *_from / *_to columns record what its effect
 * changed (phase, case kind, retention, adopted minutes), so a correction
 * undoes exactly that; involvements are in decision_involvement.
 */
export interface DecisionTable {
  id: string
  code: string
  table_id: string
  year: number
  number: number
  meeting_id: string
  agenda_item_id: string
  decided_on: string
  type: DecisionType
  status: DecisionStatus
  case_id: string | null
  text: string
  reason: string | null
  /** Only for "afsluiten": the coded reason the district report counts by. */
  closing_reason: ClosingReason | null
  phase_from_id: string | null
  phase_to_id: string | null
  case_kind_from: CaseKind | null
  case_kind_to: CaseKind | null
  retention_from: string | null
  retention_to: string | null
  minutes_meeting_id: string | null
  refers_to_decision_id: string | null
  created_at: string
  updated_at: string
}

export type InvolvementChange = 'bevestigd' | 'toegevoegd' | 'verwijderd'

export interface DecisionInvolvementTable {
  decision_id: string
  involvement_id: string
  change: InvolvementChange
  /** For "bevestigd": the proposal's own date, restored if the decision is undone. */
  previous_opened_on: string | null
}

export interface DecisionCorrectionTable {
  decision_id: string
  seq: number
  kind: 'correctie' | 'ingetrokken'
  note: string
  /** JSON of the decision before the change (ids, not names). */
  previous: string
  corrected_at: string
}
