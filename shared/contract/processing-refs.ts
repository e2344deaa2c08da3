import type { SearchKind } from '../domain/search'
import { type SubjectKind, subjectKinds } from '../domain/subject'
import { record, type RecordKind, type RecordRef, type SubjectRef } from './processing'

/*
 * The shapes the channel declarations share: which records and data subjects
 * an agenda item, a decision or an action item in an output names. Kept apart
 * from the schemas (type-only imports of their shapes), so a declaration reads
 * as one line beside its channel.
 */

/** Each record once, in the order first named: a list may name a case twice. */
export function distinctRecords(records: readonly (RecordRef | null)[]): RecordRef[] {
  const seen = new Map<string, RecordRef>()
  for (const ref of records) if (ref) seen.set(`${ref.kind}:${ref.id}`, ref)
  return [...seen.values()]
}

/** Each data subject once: one child span per subject, however often the output names them. */
export function distinctSubjects(subjects: readonly (SubjectRef | null)[]): SubjectRef[] {
  const seen = new Map<string, SubjectRef>()
  for (const ref of subjects) if (ref && !seen.has(ref.id)) seen.set(ref.id, ref)
  return [...seen.values()]
}

export const isSubjectKind = (kind: string): kind is SubjectKind => (subjectKinds as readonly string[]).includes(kind)

export const subjectRef = (id: string, type: SubjectKind): SubjectRef => ({ id, type })

/** A record when the id is there (a case link is optional on many rows). */
export const recordIf = (kind: RecordKind, id: string | null | undefined): RecordRef | null =>
  id ? record(kind, id) : null

interface WithEffect {
  effect: { subjects: readonly { subjectId: string; kind: string }[] }
}

/** The subjects a decision added, confirmed or removed: named in its effect, and so in the minutes. */
export const subjectsOfDecisions = (decisions: readonly WithEffect[]): SubjectRef[] =>
  distinctSubjects(
    decisions.flatMap((decision) =>
      decision.effect.subjects.map((subject) =>
        isSubjectKind(subject.kind) ? subjectRef(subject.subjectId, subject.kind) : null,
      ),
    ),
  )

interface DecisionShape {
  id: string
  meetingId: string
  agendaItemId: string
  case: { id: string } | null
}

export const recordsOfDecision = (decision: DecisionShape): RecordRef[] => [
  record('besluit', decision.id),
  record('agendapunt', decision.agendaItemId),
  record('vergadering', decision.meetingId),
  ...(decision.case ? [record('casus', decision.case.id)] : []),
]

interface AgendaItemShape {
  id: string
  meetingId: string
  case: { id: string } | null
  decisions: readonly (DecisionShape & WithEffect)[]
  attachments: readonly { id: string }[]
}

export const recordsOfAgendaItem = (item: AgendaItemShape): RecordRef[] => [
  record('agendapunt', item.id),
  record('vergadering', item.meetingId),
  ...(item.case ? [record('casus', item.case.id)] : []),
  ...item.decisions.flatMap(recordsOfDecision),
  ...item.attachments.map((attachment) => record('bijlage', attachment.id)),
]

interface ActionItemShape {
  id: string
  origin: { meetingId: string; agendaItemId: string | null; decision: { id: string } | null }
  case: { id: string } | null
}

export const recordsOfActionItem = (action: ActionItemShape): RecordRef[] => [
  record('actie', action.id),
  record('vergadering', action.origin.meetingId),
  ...(action.case ? [record('casus', action.case.id)] : []),
]

interface MeetingShape {
  id: string
  items: readonly AgendaItemShape[]
  actionList: readonly ActionItemShape[]
}

/** A meeting page: its agenda items with their cases, decisions and attachments, and its action list. */
export const recordsOfMeeting = (meeting: MeetingShape): RecordRef[] =>
  distinctRecords([
    record('vergadering', meeting.id),
    ...meeting.items.flatMap(recordsOfAgendaItem),
    ...meeting.actionList.flatMap(recordsOfActionItem),
  ])

export const subjectsOfMeeting = (meeting: MeetingShape): SubjectRef[] =>
  subjectsOfDecisions(meeting.items.flatMap((item) => item.decisions))

/** What a search hit is in the processing log's terms. */
export const recordKindOfSearchKind: Record<SearchKind, RecordKind> = {
  case: 'casus',
  subject: 'betrokkene',
  intervention: 'interventie',
  'agenda-item': 'agendapunt',
  decision: 'besluit',
  'action-item': 'actie',
}
