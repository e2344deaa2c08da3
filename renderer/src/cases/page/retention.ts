import { todayIso } from '../../../../shared/domain/iso-date'
import { daysBetween } from '../../lib/dates'

/** Within this many days the end of the retention period is called out. */
const SOON_DAYS = 90

export type RetentionState =
  { state: 'expired'; days: number } | { state: 'soon'; days: number } | { state: 'ok'; days: number }

/** Where the case stands against its retention date (WGS: expiry must be visible). */
export function retentionState(retentionUntil: string, today = todayIso()): RetentionState {
  const days = daysBetween(today, retentionUntil)
  if (days < 0) return { state: 'expired', days: -days }
  if (days <= SOON_DAYS) return { state: 'soon', days }
  return { state: 'ok', days }
}
