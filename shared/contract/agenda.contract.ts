import { z } from 'zod'
import { agendaItemStatuses, agendaItemTypes, MAX_DURATION_MINUTES } from '../domain/agenda'
import { decisionTypes } from '../domain/decision-types'
import { Id } from '../domain/reference'
import { AttachmentMeta } from './attachment.contract'
import { Decision } from './decision.contract'
import { CaseLink, PartnerRef } from './meeting-refs'
import { PhaseRef } from './subject.contract'

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

export const agendaContract = {
  'agenda:add': {
    input: z.object({ meetingId: Id, ...Placement, values: AgendaItemValues }),
    output: z.object({ item: AgendaItem, order: AgendaOrder }),
  },
  /** Answers the values before the change, so the screen can undo it with the same channel. */
  'agenda:update': {
    input: z.object({ id: Id, values: AgendaItemValues }),
    output: z.object({ item: AgendaItem, previous: AgendaItemValues }),
  },
  /** Autosave of one text while typing, without sending the whole item. */
  'agenda:set-text': {
    input: z.object({ id: Id, field: z.enum(['notes', 'chairNotes']), text: LongText('de tekst') }),
    output: z.object({ id: Id, previous: z.string(), updatedAt: z.string() }),
  },
  'agenda:set-status': {
    input: z.object({
      id: Id,
      status: z.enum(agendaItemStatuses, 'Kies een status: gepland, besproken, aangehouden of vervallen.'),
    }),
    output: z.object({ id: Id, previous: z.enum(agendaItemStatuses) }),
  },
  /** Moves an item among its siblings or into another section; `previous` moves it back. */
  'agenda:move': {
    input: z.object({ id: Id, ...Placement, position: z.number().int().min(1) }),
    output: z.object({
      order: AgendaOrder,
      previous: z.object({ parentId: Id.nullable(), position: z.number().int() }),
    }),
  },
  /** Removes an item with its sub-items; `agenda:restore` brings them back until the minutes are adopted. */
  'agenda:delete': {
    input: z.object({ id: Id }),
    output: z.object({ id: Id, deletedIds: z.array(Id), order: AgendaOrder }),
  },
  'agenda:restore': { input: z.object({ id: Id }), output: z.object({ item: AgendaItem, order: AgendaOrder }) },
  /** Cases of the meeting's table whose phase asks for a decision, or with subjects awaiting one. */
  'agenda:decision-candidates': {
    input: z.object({ meetingId: Id }),
    output: z.object({ candidates: z.array(DecisionCandidate) }),
  },
  /** Puts cases on the agenda in one call, each under its section (made when missing). */
  'agenda:add-cases': {
    input: z.object({
      meetingId: Id,
      caseIds: z.array(Id).min(1, 'Kies minstens één casus.').max(100, 'Kies hoogstens 100 casussen tegelijk.'),
    }),
    output: z.object({ added: z.array(AgendaItem), order: AgendaOrder }),
  },
} as const
