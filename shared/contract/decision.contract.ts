import { z } from 'zod'
import { caseKinds } from '../domain/case'
import { closingReasons } from '../domain/closing-reason'
import { decisionStatuses, decisionTypes } from '../domain/decision-types'
import { IsoDate } from '../domain/iso-date'
import { Id } from '../domain/reference'
import { ActionItem } from './action.contract'
import { CaseLink, DecisionRef } from './meeting-refs'
import { LegalEntityValues, ObjectValues, PersonValues, PhaseRef } from './subject.contract'
import { agendaItemStatuses, agendaItemTypes } from '../domain/agenda'
import { dataChannel, record } from './processing'
import {
  distinctRecords,
  recordIf,
  recordsOfActionItem,
  recordsOfDecision,
  subjectsOfDecisions,
} from './processing-refs'

const Text = z
  .string('Vul de tekst van het besluit in.')
  .trim()
  .max(10_000, 'Gebruik hoogstens 10.000 tekens voor het besluit.')
const Reason = z.string('Vul de reden in.').trim().max(2000, 'Gebruik hoogstens 2.000 tekens voor de reden.')
const RequiredReason = Reason.min(1, 'Vul de reden in; die hoort bij dit besluit in het verslag.')

/** Only "afsluiten" is closed for a coded reason: the district report counts closed cases by it. */
const ClosingReason = z.enum(closingReasons, 'Kies de reden van afsluiten.')
const NoClosingReason = z
  .null('Alleen een besluit tot afsluiten heeft een reden van afsluiten. Laat dit veld leeg.')
  .optional()

const Common = {
  /** Empty: the minutes print a standard sentence for the type (without subject names). */
  text: Text,
  /** A later decision that revises an adopted one points at it. */
  refersToDecisionId: Id.nullable(),
  /** Refused on every type but "afsluiten", so a coded reason never sits on a decision that closed nothing. */
  closingReason: NoClosingReason,
}

/** An existing subject, or a new one registered in the same transaction as the decision. */
const SubjectToAdd = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('bestaand'), id: Id }), PersonValues, LegalEntityValues, ObjectValues],
  {
    error: 'Kies een bestaand subject of vul een nieuw subject of object in.',
  },
)
export type SubjectToAdd = z.output<typeof SubjectToAdd>

const phaseOnly = (type: 'start-analyse' | 'plan-van-aanpak' | 'evaluatie') =>
  z.object({ type: z.literal(type), caseId: Id, ...Common })
const withReason = (type: 'aanhouden' | 'escaleren' | 'hervatten', reason: typeof Reason) =>
  z.object({ type: z.literal(type), caseId: Id, reason, ...Common })

/**
 * One variant per decision type with exactly the facts its effect needs. The
 * handler receives one flat shape (below), so every type runs the same path.
 */
const DecisionVariants = z.discriminatedUnion(
  'type',
  [
    phaseOnly('start-analyse'),
    z.object({
      type: z.literal('start-casus'),
      caseId: Id,
      caseKind: z.enum(caseKinds, 'Kies of de casus betekenisvol of lokaal wordt gestart.'),
      ...Common,
    }),
    z.object({ type: z.literal('niet-starten'), caseId: Id, reason: RequiredReason, ...Common }),
    phaseOnly('plan-van-aanpak'),
    z.object({
      type: z.literal('subject-toevoegen'),
      caseId: Id,
      subjects: z
        .array(SubjectToAdd)
        .min(1, 'Kies minstens één subject of object.')
        .max(50, 'Kies hoogstens 50 subjecten of objecten per besluit.'),
      ...Common,
    }),
    z.object({
      type: z.literal('subject-verwijderen'),
      caseId: Id,
      subjectIds: z
        .array(Id)
        .min(1, 'Kies minstens één subject of object.')
        .max(50, 'Kies hoogstens 50 subjecten of objecten per besluit.'),
      ...Common,
    }),
    withReason('aanhouden', Reason),
    withReason('escaleren', Reason),
    withReason('hervatten', Reason),
    phaseOnly('evaluatie'),
    z.object({
      type: z.literal('afsluiten'),
      caseId: Id,
      reason: RequiredReason,
      ...Common,
      closingReason: ClosingReason,
    }),
    z.object({
      type: z.literal('bewaartermijn-verlengen'),
      caseId: Id,
      retentionUntil: IsoDate,
      reason: Reason,
      ...Common,
    }),
    /** Null: the table's meeting before this one. */
    z.object({ type: z.literal('verslag-vastgesteld'), meetingId: Id.nullable(), ...Common }),
    z.object({
      type: z.literal('overig'),
      caseId: Id.nullable(),
      ...Common,
      text: Text.min(1, 'Vul de tekst van het besluit in.'),
    }),
  ],
  { error: 'Kies het soort besluit.' },
)

export const DecisionValues = DecisionVariants.transform((values) => ({
  type: values.type,
  caseId: 'caseId' in values ? values.caseId : null,
  text: values.text,
  reason: 'reason' in values && values.reason ? values.reason : null,
  closingReason: values.type === 'afsluiten' ? values.closingReason : null,
  caseKind: 'caseKind' in values ? values.caseKind : null,
  subjectsToAdd: 'subjects' in values ? values.subjects : [],
  subjectIdsToRemove: 'subjectIds' in values ? [...new Set(values.subjectIds)] : [],
  retentionUntil: 'retentionUntil' in values ? values.retentionUntil : null,
  minutesMeetingId: 'meetingId' in values ? values.meetingId : null,
  refersToDecisionId: values.refersToDecisionId,
}))
export type DecisionValues = z.output<typeof DecisionValues>

export const subjectChanges = ['bevestigd', 'toegevoegd', 'verwijderd'] as const

/** What the decision did, so the minutes and the case page need no second lookup. */
export const DecisionEffect = z.object({
  phase: z.object({ from: PhaseRef, to: PhaseRef }).nullable(),
  caseKind: z.object({ from: z.enum(caseKinds), to: z.enum(caseKinds) }).nullable(),
  /** "bevestigd": a proposal from the case page made final; "toegevoegd": new by this decision. */
  subjects: z.array(z.object({ subjectId: Id, kind: z.string(), title: z.string(), change: z.enum(subjectChanges) })),
  retention: z.object({ from: z.string(), to: z.string() }).nullable(),
  minutes: z.object({ meetingId: Id, meetingDate: z.string() }).nullable(),
})

export const Decision = z.object({
  id: Id,
  code: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  type: z.enum(decisionTypes),
  typeLabel: z.string(),
  status: z.enum(decisionStatuses),
  decidedOn: z.string(),
  meetingId: Id,
  agendaItemId: Id,
  table: z.object({ id: Id, code: z.string() }),
  case: CaseLink.nullable(),
  text: z.string(),
  reason: z.string().nullable(),
  /** Only on "afsluiten"; a withdrawn decision closed nothing and keeps none (its corrections do). */
  closingReason: z.enum(closingReasons).nullable(),
  effect: DecisionEffect,
  refersTo: DecisionRef.nullable(),
  correctionCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Decision = z.output<typeof Decision>

export const DecisionCorrection = z.object({
  seq: z.number().int(),
  kind: z.enum(['correctie', 'ingetrokken']),
  note: z.string(),
  correctedAt: z.string(),
  /** The decision as it was before this correction. */
  previous: z.object({
    type: z.enum(decisionTypes),
    text: z.string(),
    reason: z.string().nullable(),
    closingReason: z.enum(closingReasons).nullable(),
    caseCode: z.string().nullable(),
    effect: DecisionEffect,
  }),
})

const Note = z
  .string('Vermeld waarom het besluit wordt gewijzigd.')
  .trim()
  .min(1, 'Vermeld waarom het besluit wordt gewijzigd; dat blijft bij de correctie bewaard.')
  .max(2000, 'Gebruik hoogstens 2.000 tekens.')

export const DecisionListQuery = z.object({
  tableId: Id.nullable(),
  meetingId: Id.nullable(),
  caseId: Id.nullable(),
  year: z.number().int().min(1900).max(9999).nullable(),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
})

const AgendaAppearance = z.object({
  agendaItemId: Id,
  meetingId: Id,
  meetingDate: z.string(),
  table: z.object({ id: Id, code: z.string() }),
  number: z.string(),
  title: z.string(),
  type: z.enum(agendaItemTypes),
  status: z.enum(agendaItemStatuses),
})

const deciding = { activity: 'vastleggen-besluit' } as const
type DecisionOutput = z.output<typeof Decision>

/**
 * What a decision's values name before it runs: its agenda item, case and the
 * existing subjects it adds or removes, so a refused decision is logged against them.
 */
const namedBy = (agendaItemId: string | null, values: DecisionValues) =>
  distinctRecords([
    recordIf('agendapunt', agendaItemId),
    recordIf('casus', values.caseId),
    recordIf('vergadering', values.minutesMeetingId),
    ...values.subjectIdsToRemove.map((id) => record('betrokkene', id)),
    ...values.subjectsToAdd.map((subject) => (subject.kind === 'bestaand' ? record('betrokkene', subject.id) : null)),
  ])
const recordsOf = (decision: DecisionOutput) =>
  distinctRecords([
    ...recordsOfDecision(decision),
    ...decision.effect.subjects.map((subject) => record('betrokkene', subject.subjectId)),
    recordIf('verslag', decision.effect.minutes?.meetingId),
  ])
const written = {
  ...deciding,
  records: (_input: unknown, output: DecisionOutput) => recordsOf(output),
  subjects: (_input: unknown, output: DecisionOutput) => subjectsOfDecisions([output]),
}

export const decisionContract = {
  /** Records the decision and applies its effect in one transaction: both or neither. */
  'decision:record': dataChannel({
    input: z.object({ agendaItemId: Id, values: DecisionValues }),
    output: Decision,
    processing: { ...written, inputRecords: (input) => namedBy(input.agendaItemId, input.values) },
  }),
  /** While the minutes are concept: the old effect is undone, the new one applied, the old version kept. */
  'decision:correct': dataChannel({
    input: z.object({ id: Id, values: DecisionValues, note: Note }),
    output: Decision,
    processing: {
      ...written,
      inputRecords: (input) => distinctRecords([record('besluit', input.id), ...namedBy(null, input.values)]),
    },
  }),
  /** While the minutes are concept: undoes the effect; the number stays taken and the record stays. */
  'decision:withdraw': dataChannel({
    input: z.object({ id: Id, note: Note }),
    output: Decision,
    processing: { ...written, inputRecords: (input) => [record('besluit', input.id)] },
  }),
  'decision:get': dataChannel({
    input: z.object({ id: Id }),
    output: Decision.extend({ corrections: z.array(DecisionCorrection) }),
    processing: {
      ...deciding,
      inputRecords: (input) => [record('besluit', input.id)],
      records: (_input, output) =>
        distinctRecords([
          ...recordsOf(output),
          ...output.corrections.flatMap((correction) =>
            correction.previous.effect.subjects.map((subject) => record('betrokkene', subject.subjectId)),
          ),
        ]),
      // Earlier versions are shown too, with the subjects their effects named.
      subjects: (_input, output) =>
        subjectsOfDecisions([output, ...output.corrections.map((correction) => correction.previous)]),
    },
  }),
  /** The decision list (besluitenlijst), newest first. */
  'decision:list': dataChannel({
    input: DecisionListQuery,
    output: z.object({ rows: z.array(Decision), total: z.number().int() }),
    processing: {
      ...deciding,
      records: (_input, output) => distinctRecords(output.rows.flatMap(recordsOf)),
      subjects: (_input, output) => subjectsOfDecisions(output.rows),
    },
  }),
  /** The case page's record of the meetings: decisions, agenda appearances and action items. */
  'case:history': dataChannel({
    input: z.object({ caseId: Id }),
    output: z.object({
      decisions: z.array(Decision),
      agendaAppearances: z.array(AgendaAppearance),
      actionItems: z.array(ActionItem),
    }),
    processing: {
      activity: 'casusregistratie',
      inputRecords: (input) => [record('casus', input.caseId)],
      records: (input, output) =>
        distinctRecords([
          record('casus', input.caseId),
          ...output.decisions.flatMap(recordsOf),
          ...output.agendaAppearances.map((appearance) => record('agendapunt', appearance.agendaItemId)),
          ...output.actionItems.flatMap(recordsOfActionItem),
        ]),
      subjects: (_input, output) => subjectsOfDecisions(output.decisions),
    },
  }),
} as const
