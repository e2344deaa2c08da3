import { OmtError } from '../../shared/contract/errors'
import type { MeetingSummary } from '../../shared/contract/meeting.contract'
import { todayIso } from '../../shared/domain/iso-date'
import { meetingFacts } from '../kernel/meeting-guard.queries'
import type { Db } from '../kernel/schema/database'
import { adoptMinutesOf } from '../minutes/minutes.queries'
import { meetingSummary } from './meeting-rows.queries'

/** The manual step: the secretary marks the minutes adopted without a decision to point at. */
export function adoptMinutes(db: Db, id: string, adoptedOn: string): Promise<MeetingSummary> {
  return db.transaction().execute(async (trx) => {
    if (adoptedOn > todayIso())
      throw new OmtError('VALIDATION', undefined, {
        adoptedOn: 'Deze datum ligt in de toekomst. Kies vandaag of een eerdere datum.',
      })
    await adoptMinutesOf(trx, await meetingFacts(trx, id), adoptedOn, null)
    return meetingSummary(trx, id)
  })
}
