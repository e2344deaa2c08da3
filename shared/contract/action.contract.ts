import { z } from 'zod'
import { actionStatuses } from '../domain/action'
import { IsoDate } from '../domain/iso-date'
import { Id } from '../domain/reference'
import { CaseLink, OptionalName, PartnerRef } from './meeting-refs'
import { dataChannel, record } from './processing'
import { distinctRecords, recordIf, recordsOfActionItem } from './processing-refs'

export const ActionValues = z.object({
  text: z
    .string('Beschrijf de actie.')
    .trim()
    .min(1, 'Beschrijf de actie, bijvoorbeeld ‘Politie levert informatiebeeld aan’.')
    .max(2000, 'Gebruik hoogstens 2.000 tekens voor de actie.'),
  ownerPartnerId: Id,
  /** Optional: a partner is accountable; the person is a courtesy. */
  ownerPerson: OptionalName,
  /** Null: no date agreed; such an action is never overdue. */
  dueDate: IsoDate.nullable(),
  caseId: Id.nullable(),
})
export type ActionValues = z.output<typeof ActionValues>

export const ActionItem = z.object({
  id: Id,
  table: z.object({ id: Id, code: z.string() }),
  text: z.string(),
  ownerPartner: PartnerRef,
  ownerPerson: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(actionStatuses),
  /** The date it became gereed or vervallen; null while open. */
  statusChangedOn: z.string().nullable(),
  overdue: z.boolean(),
  origin: z.object({
    meetingId: Id,
    meetingDate: z.string(),
    agendaItemId: Id.nullable(),
    decision: z.object({ id: Id, code: z.string() }).nullable(),
  }),
  case: CaseLink.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ActionItem = z.output<typeof ActionItem>

export const actionSortKeys = ['due', 'created', 'partner'] as const

const IdFilter = z.array(Id).max(100)

/** Within one filter any value matches; across filters all must match; empty means no filter. */
export const ActionListQuery = z.object({
  filter: z.object({
    tableIds: IdFilter,
    partnerIds: IdFilter,
    statuses: z.array(z.enum(actionStatuses)).max(3),
    dueFrom: IsoDate.nullable(),
    dueUntil: IsoDate.nullable(),
    overdueOnly: z.boolean(),
    caseId: Id.nullable(),
  }),
  sort: z.object({ by: z.enum(actionSortKeys), direction: z.enum(['asc', 'desc']) }),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
})
export type ActionListQuery = z.output<typeof ActionListQuery>

const preparing = { activity: 'voorbereiden-omt' } as const
const action = (id: string) => [record('actie', id)]

export const actionContract = {
  'action:create': dataChannel({
    input: z.object({
      /** Where it was agreed: the meeting, and if known the item and the decision. */
      meetingId: Id,
      agendaItemId: Id.nullable(),
      decisionId: Id.nullable(),
      values: ActionValues,
    }),
    output: ActionItem,
    processing: {
      ...preparing,
      inputRecords: (input) =>
        distinctRecords([
          record('vergadering', input.meetingId),
          recordIf('agendapunt', input.agendaItemId),
          recordIf('besluit', input.decisionId),
          recordIf('casus', input.values.caseId),
        ]),
      records: (_input, output) => recordsOfActionItem(output),
    },
  }),
  /** Answers the values before the change too, so the screen can undo it. */
  'action:update': dataChannel({
    input: z.object({ id: Id, values: ActionValues }),
    output: z.object({ item: ActionItem, previous: ActionValues }),
    processing: {
      ...preparing,
      inputRecords: (input) => action(input.id),
      // A case the action no longer concerns was changed too: the link was taken from it.
      records: (_input, output) =>
        distinctRecords([...recordsOfActionItem(output.item), recordIf('casus', output.previous.caseId)]),
    },
  }),
  'action:set-status': dataChannel({
    input: z.object({
      id: Id,
      status: z.enum(actionStatuses, 'Kies open, gereed of vervallen.'),
      on: IsoDate.nullable(),
    }),
    output: z.object({
      item: ActionItem,
      previous: z.object({ status: z.enum(actionStatuses), statusChangedOn: z.string().nullable() }),
    }),
    processing: {
      ...preparing,
      inputRecords: (input) => action(input.id),
      records: (_input, output) => recordsOfActionItem(output.item),
    },
  }),
  /** Only an action entered by mistake in minutes that are still concept. */
  'action:delete': dataChannel({
    input: z.object({ id: Id }),
    output: z.object({ id: Id }),
    processing: {
      ...preparing,
      inputRecords: (input) => action(input.id),
      records: (_input, output) => action(output.id),
    },
  }),
  'action:list': dataChannel({
    input: ActionListQuery,
    output: z.object({ rows: z.array(ActionItem), total: z.number().int(), overdueTotal: z.number().int() }),
    processing: {
      ...preparing,
      records: (_input, output) => distinctRecords(output.rows.flatMap(recordsOfActionItem)),
    },
  }),
} as const
