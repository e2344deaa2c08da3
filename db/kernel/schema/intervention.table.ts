import type { InterventionKind, InterventionStatus } from '../../../shared/domain/intervention'

export interface InterventionTable {
  id: string
  case_id: string
  partner_id: string
  kind: InterventionKind
  subtype: string
  status: InterventionStatus
  started_on: string | null
  ended_on: string | null
  result: string
  amount_cents: number | null
  subject_id: string | null
  created_at: string
  updated_at: string
}
