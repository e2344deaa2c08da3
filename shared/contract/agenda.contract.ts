import { z } from 'zod'
import { agendaItemStatuses, agendaItemTypes, MAX_DURATION_MINUTES } from '../domain/agenda'
import { decisionTypes } from '../domain/decision-types'
import { Id } from '../domain/reference'
import { AttachmentMeta } from './attachment.contract'
import { Decision } from './decision.contract'
import { CaseLink, PartnerRef } from './meeting-refs'
import { PhaseRef } from './subject.contract'
import { dataChannel, record } from './processing'
import { distinctRecords, recordIf, recordsOfAgendaItem, subjectsOfDecisions } from './processing-refs'

const LongText = (what: string) =>
  z.string(`Vul ${what} in of laat het veld leeg.`).max(100_000, `Gebruik hoogstens 100.000 tekens voor ${what}.`)

export const AgendaItemValues = z.object({
  title: z
    .string('Vul een titel in.')
    .trim()
    .min(1, 'Vul een titel in, bijvoorbeeld ‘Voortgang lopende casussen’.')
    .max(300, 'Gebruik hoogstens 300 tekens voor de titel.'),
  type: z.enum(agendaItemTypes, 'Kies het soort agendapunt.'),
  caseId: Id.nullable(),
  presenterPartnerId: Id.nullable(),
  durationMinutes: z
    .number('Vul een duur in minuten in.')
    .int('Vul een heel aantal minuten in.')
    .min(0, 'Een duur kan niet negatief zijn.')
    .max(MAX_DURATION_MINUTES, 'Kies hoogstens 600 minuten.'),
  confidential: z.boolean(),
  /** The minutes text of this item, written during and after the meeting. */
  notes: LongText('de verslagtekst'),
  /** For the chair only: never in a document for participants. */
  chairNotes: LongText('de notities voor de voorzitter'),
  status: z.enum(agendaItemStatuses, 'Kies een status: gepland, besproken, aangehouden of vervallen.'),
})
export type AgendaItemValues = z.output<typeof AgendaItemValues>

export const AgendaSlot = z.object({
  id: Id,
  parentId: Id.nullable(),
  position: z.number().int(),
  number: z.string(),
  depth: z.union([z.literal(1), z.literal(2)]),
  startTime: z.string(),
  endTime: z.string(),
})

/** Numbers and planned times after a change: what a reorder needs to redraw. */
export const AgendaOrder = z.object({ meetingId: Id, plannedEnd: z.string(), items: z.array(AgendaSlot) })
export type AgendaOrder = z.output<typeof AgendaOrder>

export const AgendaItem = AgendaSlot.extend({
  meetingId: Id,
  title: z.string(),
  type: z.enum(agendaItemTypes),
  status: z.enum(agendaItemStatuses),
  case: CaseLink.extend({ phase: PhaseRef }).nullable(),
  presenter: PartnerRef.nullable(),
  durationMinutes: z.number().int(),
  confidential: z.boolean(),
  notes: z.string(),
  chairNotes: z.string(),
  carriedOverFrom: z.object({ agendaItemId: Id, meetingId: Id, meetingDate: z.string() }).nullable(),
  decisions: z.array(Decision),
  attachments: z.array(AttachmentMeta),
})
export type AgendaItem = z.output<typeof AgendaItem>

const Placement = {
  /** Null: a top-level item; else the section it goes under. */
  parentId: Id.nullable(),
  /** 1 is first among its siblings; null or beyond the end appends. */
  position: z.number().int().min(1).nullable(),
}

const DecisionCandidate = z.object({
  case: CaseLink.extend({ phase: PhaseRef, phaseSince: z.string() }),
  decisionType: z.enum(decisionTypes),
  /** The default agenda's section the case goes under. */
  section: z.enum(agendaItemTypes),
  /** Subjects or objects proposed on the case page that await a decision. */
  pendingSubjects: z.number().int(),
  onAgenda: z.boolean(),
})

const preparing = { activity: 'voorbereiden-omt' } as const
const item = (id: string) => [record('agendapunt', id)]

export const agendaContract = {
  'agenda:add': dataChannel({
    input: z.object({ meetingId: Id, ...Placement, values: AgendaItemValues }),
    output: z.object({ item: AgendaItem, order: AgendaOrder }),
    processing: {
      ...preparing,
      inputRecords: (input) =>
        distinctRecords([record('vergadering', input.meetingId), recordIf('casus', input.values.caseId)]),
      records: (_input, output) => distinctRecords(recordsOfAgendaItem(output.item)),
      subjects: (_input, output) => subjectsOfDecisions(output.item.decisions),
    },
  }),
  /** Answers the values before the change, so the screen can undo it with the same channel. */
  'agenda:update': dataChannel({
    input: z.object({ id: Id, values: AgendaItemValues }),
    output: z.object({ item: AgendaItem, previous: AgendaItemValues }),
    processing: {
      ...preparing,
      inputRecords: (input) => item(input.id),
      // A case the item no longer links to was changed too: the link was taken from it.
      records: (_input, output) =>
        distinctRecords([...recordsOfAgendaItem(output.item), recordIf('casus', output.previous.caseId)]),
      subjects: (_input, output) => subjectsOfDecisions(output.item.decisions),
    },
  }),
  /** Autosave of one text while typing, without sending the whole item. */
  'agenda:set-text': dataChannel({
    input: z.object({ id: Id, field: z.enum(['notes', 'chairNotes']), text: LongText('de tekst') }),
    output: z.object({ id: Id, previous: z.string(), updatedAt: z.string() }),
    processing: { ...preparing, inputRecords: (input) => item(input.id), records: (_input, output) => item(output.id) },
  }),
  'agenda:set-status': dataChannel({
    input: z.object({
      id: Id,
      status: z.enum(agendaItemStatuses, 'Kies een status: gepland, besproken, aangehouden of vervallen.'),
    }),
    output: z.object({ id: Id, previous: z.enum(agendaItemStatuses) }),
    processing: { ...preparing, inputRecords: (input) => item(input.id), records: (_input, output) => item(output.id) },
  }),
  /** Moves an item among its siblings or into another section; `previous` moves it back. */
  'agenda:move': dataChannel({
    input: z.object({ id: Id, ...Placement, position: z.number().int().min(1) }),
    output: z.object({
      order: AgendaOrder,
      previous: z.object({ parentId: Id.nullable(), position: z.number().int() }),
    }),
    processing: {
      ...preparing,
      inputRecords: (input) => item(input.id),
      records: (input, output) => [...item(input.id), record('vergadering', output.order.meetingId)],
    },
  }),
  /** Removes an item with its sub-items; `agenda:restore` brings them back until the minutes are adopted. */
  'agenda:delete': dataChannel({
    input: z.object({ id: Id }),
    output: z.object({ id: Id, deletedIds: z.array(Id), order: AgendaOrder }),
    processing: {
      ...preparing,
      inputRecords: (input) => item(input.id),
      records: (_input, output) =>
        distinctRecords([
          ...item(output.id),
          ...output.deletedIds.flatMap(item),
          record('vergadering', output.order.meetingId),
        ]),
    },
  }),
  'agenda:restore': dataChannel({
    input: z.object({ id: Id }),
    output: z.object({ item: AgendaItem, order: AgendaOrder }),
    processing: {
      ...preparing,
      inputRecords: (input) => item(input.id),
      records: (_input, output) => distinctRecords(recordsOfAgendaItem(output.item)),
      subjects: (_input, output) => subjectsOfDecisions(output.item.decisions),
    },
  }),
  /** Cases of the meeting's table whose phase asks for a decision, or with subjects awaiting one. */
  'agenda:decision-candidates': dataChannel({
    input: z.object({ meetingId: Id }),
    output: z.object({ candidates: z.array(DecisionCandidate) }),
    processing: {
      ...preparing,
      inputRecords: (input) => [record('vergadering', input.meetingId)],
      records: (input, output) => [
        record('vergadering', input.meetingId),
        ...output.candidates.map((candidate) => record('casus', candidate.case.id)),
      ],
    },
  }),
  /** Puts cases on the agenda in one call, each under its section (made when missing). */
  'agenda:add-cases': dataChannel({
    input: z.object({
      meetingId: Id,
      caseIds: z.array(Id).min(1, 'Kies minstens één casus.').max(100, 'Kies hoogstens 100 casussen tegelijk.'),
    }),
    output: z.object({ added: z.array(AgendaItem), order: AgendaOrder }),
    processing: {
      ...preparing,
      inputRecords: (input) =>
        distinctRecords([record('vergadering', input.meetingId), ...input.caseIds.map((id) => record('casus', id))]),
      records: (input, output) =>
        distinctRecords([record('vergadering', input.meetingId), ...output.added.flatMap(recordsOfAgendaItem)]),
      subjects: (_input, output) => subjectsOfDecisions(output.added.flatMap((added) => added.decisions)),
    },
  }),
} as const
