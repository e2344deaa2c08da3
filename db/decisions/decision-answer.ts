import type { Decision } from '../../shared/contract/decision.contract'
import { decisionTypeInfo } from '../../shared/domain/decision-types'
import { nameKey } from '../../shared/domain/subject'
import type { MeetingFacts } from '../kernel/meeting-guard.queries'
import type { DecisionDraft } from './decision-plan.queries'
import type { SubjectEffect } from './decision-rows.queries'

/**
 * A new decision as decision:get would show it, from what its transaction
 * just wrote: recording a decision is the hot path of meeting mode, and
 * reading it back costs as much again. A test keeps the two equal.
 */
export function decisionFromDraft(input: {
  id: string
  code: string
  number: number
  meeting: MeetingFacts
  agendaItemId: string
  draft: DecisionDraft
  subjects: SubjectEffect[]
  now: string
}): Decision {
  const { draft, meeting } = input
  return {
    id: input.id,
    code: input.code,
    year: Number(meeting.date.slice(0, 4)),
    number: input.number,
    type: draft.values.type,
    typeLabel: decisionTypeInfo[draft.values.type].label,
    status: 'geldig',
    decidedOn: meeting.date,
    meetingId: meeting.id,
    agendaItemId: input.agendaItemId,
    table: { id: meeting.tableId, code: meeting.tableCode },
    case: draft.case ? { id: draft.case.id, code: draft.case.code, alias: draft.case.alias } : null,
    text: draft.text,
    reason: draft.values.reason,
    closingReason: draft.values.closingReason,
    effect: {
      phase: draft.phaseFrom && draft.phaseTo ? { from: draft.phaseFrom, to: draft.phaseTo } : null,
      caseKind: draft.caseKindFrom && draft.caseKindTo ? { from: draft.caseKindFrom, to: draft.caseKindTo } : null,
      // The order decision:get reads them in: by the register's name key.
      subjects: [...input.subjects].sort((a, b) => {
        const [left, right] = [nameKey(a.title), nameKey(b.title)]
        return left < right ? -1 : left > right ? 1 : 0
      }),
      retention: draft.retentionFrom && draft.retentionTo ? { from: draft.retentionFrom, to: draft.retentionTo } : null,
      minutes: draft.minutesMeeting
        ? { meetingId: draft.minutesMeeting.id, meetingDate: draft.minutesMeeting.date }
        : null,
    },
    refersTo: draft.refersTo,
    correctionCount: 0,
    createdAt: input.now,
    updatedAt: input.now,
  }
}
