import type { Channel } from '../../shared/contract/index'
import { agendaTemplate, setAgendaTemplate } from '../agenda/agenda-template.queries'
import { getMeeting } from '../read-models/meeting-page.queries'
import {
  createMeeting,
  deleteMeeting,
  listMeetings,
  setMeetingStatus,
  upcomingMeetings,
  updateMeeting,
} from '../meetings/meeting.queries'
import { adoptMinutes } from '../meetings/adopt-minutes.queries'
import { addErratum, listExports } from '../minutes/minutes.queries'
import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

export function meetingHandlers(vault: Vault): HandlersFor<Extract<Channel, `meeting:${string}`>> {
  return {
    'meeting:create': (input) => createMeeting(vault.db, input, getMeeting),
    'meeting:get': ({ id }) => getMeeting(vault.db, id),
    'meeting:list': ({ tableId }) => listMeetings(vault.db, tableId),
    'meeting:upcoming': ({ from, limit }) => upcomingMeetings(vault.db, from, limit),
    'meeting:update': ({ id, values }) => updateMeeting(vault.db, id, values),
    'meeting:set-status': ({ id, status }) => setMeetingStatus(vault.db, id, status),
    'meeting:adopt-minutes': ({ id, adoptedOn }) => adoptMinutes(vault.db, id, adoptedOn),
    'meeting:delete': ({ id }) => deleteMeeting(vault.db, id),
    'meeting:add-erratum': ({ meetingId, values }) => addErratum(vault.db, meetingId, values),
    'meeting:exports': ({ meetingId }) => listExports(vault.db, meetingId),
    'meeting:template-get': () => agendaTemplate(vault.db),
    'meeting:template-set': ({ items }) => setAgendaTemplate(vault.db, items),
  }
}
