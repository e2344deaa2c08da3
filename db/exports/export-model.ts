import { OmtError } from '../../shared/contract/errors'
import type { ExportModel, ExportRequest } from '../../shared/contract/export.contract'
import { getMeeting } from '../read-models/meeting-page.queries'
import type { Db } from '../kernel/schema/database'
import { agendaModel } from './agenda-model'
import { decisionListModel } from './decision-list-model'
import { minutesModel } from './minutes-model'
import { Pseudonyms } from './pseudonyms.queries'

/**
 * The one model every export is printed from, PDF and DOCX alike. A meeting
 * without agenda items has nothing to export, whatever the document.
 */
export async function buildExportModel(db: Db, request: ExportRequest): Promise<ExportModel> {
  const meeting = await getMeeting(db, request.meetingId)
  if (meeting.items.length === 0) throw new OmtError('EXPORT_EMPTY')
  switch (request.document) {
    case 'verslag':
      return minutesModel(meeting)
    case 'besluitenlijst': {
      if (request.variant !== 'gepseudonimiseerd') return decisionListModel(meeting, null)
      const caseIds = meeting.items.flatMap((item) =>
        item.decisions.flatMap((decision) => (decision.case ? [decision.case.id] : [])),
      )
      return decisionListModel(meeting, await Pseudonyms.load(db, caseIds))
    }
    case 'agenda':
      return agendaModel(meeting, request.variant)
  }
}
