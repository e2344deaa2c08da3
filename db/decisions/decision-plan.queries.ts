import type { DecisionValues, SubjectToAdd } from '../../shared/contract/decision.contract'
import { OmtError } from '../../shared/contract/errors'
import type { PhaseRef, SubjectValues } from '../../shared/contract/subject.contract'
import type { CaseKind } from '../../shared/domain/case'
import {
  decisionDateProblem,
  finalPhaseProblem,
  phaseTransition,
  retentionProblem,
} from '../../shared/domain/decision-rules'
import { defaultDecisionText } from '../../shared/domain/decision-text'
import { decisionTypeInfo } from '../../shared/domain/decision-types'
import { dutchDate, todayIso } from '../../shared/domain/iso-date'
import { type MeetingFacts, meetingFacts, meetingLabel } from '../kernel/meeting-guard.queries'
import { adoptionProblem } from '../minutes/minutes.queries'
import { closingRetention } from '../retention/closing-retention.queries'
import type { Db } from '../kernel/schema/database'
import { caseLabel, type CaseState, caseState } from './case-state.queries'

/** A subject to add: one already in the register (perhaps proposed on the case page), or one to register now. */
export type SubjectAddition =
  | { kind: 'bestaand'; subject: SubjectFacts; pendingInvolvementId: string | null }
  | { kind: 'nieuw'; values: SubjectValues }

/** Who a decision is about, as its answer shows them. */
export interface SubjectFacts {
  subjectId: string
  kind: string
  title: string
}

/** Everything the effect will write, decided and checked before anything is written. */
export interface DecisionDraft {
  values: DecisionValues
  case: CaseState | null
  text: string
  phaseFrom: PhaseRef | null
  phaseTo: PhaseRef | null
  caseKindFrom: CaseKind | null
  caseKindTo: CaseKind | null
  retentionFrom: string | null
  retentionTo: string | null
  minutesMeeting: MeetingFacts | null
  additions: SubjectAddition[]
  removals: { involvementId: string; subject: SubjectFacts }[]
  refersTo: { id: string; code: string } | null
}

const refuse = (message: string, field?: string): never => {
  throw new OmtError('VALIDATION', message, field ? { [field]: message } : undefined)
}

async function subjectFacts(db: Db, subjectId: string): Promise<SubjectFacts | null> {
  const row = await db
    .selectFrom('subject')
    .select(['id', 'kind', 'name', 'description'])
    .where('id', '=', subjectId)
    .executeTakeFirst()
  return row ? { subjectId: row.id, kind: row.kind, title: row.name ?? row.description ?? '' } : null
}

async function openInvolvement(db: Db, caseId: string, subjectId: string) {
  return db
    .selectFrom('involvement')
    .select(['id', 'opened_on', 'opened_by_decision_id'])
    .where('case_id', '=', caseId)
    .where('subject_id', '=', subjectId)
    .where('closed_on', 'is', null)
    .executeTakeFirst()
}

async function planAdditions(db: Db, state: CaseState, subjects: readonly SubjectToAdd[]): Promise<SubjectAddition[]> {
  const additions: SubjectAddition[] = []
  const seen = new Set<string>()
  for (const subject of subjects) {
    if (subject.kind !== 'bestaand') {
      additions.push({ kind: 'nieuw', values: subject })
      continue
    }
    if (seen.has(subject.id)) continue
    seen.add(subject.id)
    const facts = await subjectFacts(db, subject.id)
    if (!facts)
      return refuse('Een gekozen subject bestaat niet (meer). Zoek het subject opnieuw of voer het in.', 'subjects')
    const open = await openInvolvement(db, state.id, subject.id)
    if (open?.opened_by_decision_id) refuse(`‘${facts.title}’ is al betrokken bij casus ${state.code}.`, 'subjects')
    additions.push({ kind: 'bestaand', subject: facts, pendingInvolvementId: open?.id ?? null })
  }
  return additions
}

async function planRemovals(
  db: Db,
  state: CaseState,
  subjectIds: readonly string[],
  decidedOn: string,
): Promise<DecisionDraft['removals']> {
  const removals: DecisionDraft['removals'] = []
  for (const subjectId of subjectIds) {
    const facts = await subjectFacts(db, subjectId)
    if (!facts)
      return refuse('Een gekozen subject bestaat niet (meer). Ververs de casus en kies opnieuw.', 'subjectIds')
    const open = await openInvolvement(db, state.id, subjectId)
    if (!open) refuse(`‘${facts.title}’ is niet (meer) betrokken bij casus ${state.code}.`, 'subjectIds')
    else if (open.opened_on > decidedOn) {
      refuse(
        `‘${facts.title}’ is pas sinds ${dutchDate(open.opened_on)} bij casus ${state.code} betrokken, na deze vergadering.`,
        'subjectIds',
      )
    } else removals.push({ involvementId: open.id, subject: facts })
  }
  return removals
}

/** "Verslag vorige vergadering vastgesteld": the table's meeting before this one unless another is named. */
async function planMinutes(db: Db, meeting: MeetingFacts, targetId: string | null): Promise<MeetingFacts> {
  let id = targetId
  if (!id) {
    const previous = await db
      .selectFrom('meeting')
      .select('id')
      .where('table_id', '=', meeting.tableId)
      .where((eb) =>
        eb.or([
          eb('date', '<', meeting.date),
          eb.and([eb('date', '=', meeting.date), eb('start_time', '<', meeting.startTime)]),
        ]),
      )
      .orderBy('date', 'desc')
      .orderBy('start_time', 'desc')
      .limit(1)
      .executeTakeFirst()
    if (!previous)
      return refuse('Deze tafel heeft geen eerdere vergadering waarvan het verslag kan worden vastgesteld.')
    id = previous.id
  }
  const target = await meetingFacts(db, id)
  if (target.tableId !== meeting.tableId)
    refuse(
      `Een OMT stelt alleen de verslagen van haar eigen vergaderingen vast; dit is een vergadering van OMT ${target.tableCode}.`,
    )
  if (target.date > meeting.date || (target.date === meeting.date && target.startTime >= meeting.startTime)) {
    refuse(
      `De vergadering van ${meetingLabel(target)} is niet eerder dan deze; alleen het verslag van een eerdere vergadering kan worden vastgesteld.`,
    )
  }
  const problem = adoptionProblem(target, meeting.date)
  if (problem) refuse(problem)
  return target
}

/**
 * Checks a decision against its meeting, item and case and works out its
 * effect. Nothing is written here; every refusal is a Dutch sentence saying
 * what to do instead.
 */
export async function planDecision(
  db: Db,
  meeting: MeetingFacts,
  itemCaseId: string | null,
  values: DecisionValues,
  ownId: string | null,
): Promise<DecisionDraft> {
  const info = decisionTypeInfo[values.type]
  const decidedOn = meeting.date
  if (decidedOn > todayIso()) {
    refuse(
      `De vergadering van ${meetingLabel(meeting)} moet nog plaatsvinden. Besluiten worden vastgelegd tijdens of na de vergadering.`,
    )
  }
  const state = values.caseId ? await caseState(db, values.caseId) : null
  if (values.caseId && !state) refuse('Deze casus bestaat niet (meer). Zoek de casus opnieuw.', 'caseId')
  if (info.caseRequired && !state) refuse('Kies de casus waarover dit besluit gaat.', 'caseId')
  if (state && state.tableId !== meeting.tableId) {
    refuse(
      `Casus ${state.code} hoort bij een andere ondermijningstafel. Leg het besluit vast in een vergadering van die tafel, of verplaats de casus eerst.`,
      'caseId',
    )
  }
  if (state && itemCaseId && itemCaseId !== state.id) {
    refuse(
      `Dit agendapunt gaat over een andere casus dan ${state.code}. Leg het besluit vast bij het agendapunt van casus ${state.code}.`,
      'caseId',
    )
  }
  if (state) {
    const problem = decisionDateProblem(state, decidedOn, info.effect === 'fase')
    if (problem) refuse(problem)
  }

  const draft: DecisionDraft = {
    values,
    case: state,
    text: values.text,
    phaseFrom: null,
    phaseTo: null,
    caseKindFrom: null,
    caseKindTo: null,
    retentionFrom: null,
    retentionTo: null,
    minutesMeeting: null,
    additions: [],
    removals: [],
    refersTo: null,
  }
  if (state && info.effect === 'fase') {
    const verdict = phaseTransition(values.type, state)
    if (!verdict.ok) return refuse(verdict.message)
    draft.phaseTo = await db
      .selectFrom('phase')
      .select(['id', 'code', 'name'])
      .where('code', '=', verdict.value)
      .executeTakeFirstOrThrow()
    draft.phaseFrom = { id: state.phaseId, code: state.phaseCode, name: state.phaseName }
    // Kept also when unchanged: the record says as what the case was started.
    if (values.caseKind) [draft.caseKindFrom, draft.caseKindTo] = [state.kind, values.caseKind]
    const retention = await closingRetention(db, state, verdict.value, decidedOn)
    if (retention) [draft.retentionFrom, draft.retentionTo] = [retention.from, retention.to]
  }
  if (state && info.effect === 'betrokkenheid') {
    const final = finalPhaseProblem(state)
    if (final) refuse(final)
    draft.additions = await planAdditions(db, state, values.subjectsToAdd)
    draft.removals = await planRemovals(db, state, values.subjectIdsToRemove, decidedOn)
  }
  if (state && info.effect === 'bewaartermijn' && values.retentionUntil) {
    const problem = retentionProblem(state.code, state.retentionUntil, values.retentionUntil, decidedOn)
    if (problem) refuse(problem, 'retentionUntil')
    ;[draft.retentionFrom, draft.retentionTo] = [state.retentionUntil, values.retentionUntil]
  }
  if (info.effect === 'verslag') draft.minutesMeeting = await planMinutes(db, meeting, values.minutesMeetingId)
  if (values.refersToDecisionId) {
    const referred = await db
      .selectFrom('decision')
      .select(['id', 'code', 'table_id'])
      .where('id', '=', values.refersToDecisionId)
      .executeTakeFirst()
    if (!referred || values.refersToDecisionId === ownId)
      refuse('Het besluit waarnaar dit besluit verwijst, bestaat niet (meer). Kies het opnieuw.', 'refersToDecisionId')
    else if (referred.table_id !== meeting.tableId)
      refuse('Een besluit kan alleen verwijzen naar een besluit van dezelfde tafel.', 'refersToDecisionId')
    else draft.refersTo = { id: referred.id, code: referred.code }
  }
  draft.text =
    values.text ||
    defaultDecisionText(values.type, {
      caseLabel: state ? caseLabel(state) : null,
      caseKind: values.caseKind ?? state?.kind ?? null,
      reason: values.reason,
      subjectCount: draft.additions.length + draft.removals.length,
      retentionUntil: values.retentionUntil,
      minutesOf: draft.minutesMeeting?.date ?? null,
    })
  return draft
}
