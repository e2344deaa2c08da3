import type { Channel } from '../../shared/contract/index'
import {
  addAttendee,
  invitePartners,
  listAttendance,
  removeAttendee,
  setAttendanceStatus,
  updateAttendee,
} from '../attendance/attendance.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function attendanceHandlers(vault: Vault): HandlersFor<Extract<Channel, `attendance:${string}`>> {
  return {
    'attendance:list': ({ meetingId }) => listAttendance(vault.db, meetingId),
    'attendance:add': ({ meetingId, values }) => addAttendee(vault.db, meetingId, values),
    'attendance:invite-partners': ({ meetingId, partnerIds }) => invitePartners(vault.db, meetingId, partnerIds),
    'attendance:update': ({ id, values }) => updateAttendee(vault.db, id, values),
    'attendance:set-status': ({ id, status }) => setAttendanceStatus(vault.db, id, status),
    'attendance:remove': ({ id }) => removeAttendee(vault.db, id),
  }
}
