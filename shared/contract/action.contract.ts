import { z } from 'zod'
import { actionStatuses } from '../domain/action'
import { IsoDate } from '../domain/iso-date'
import { Id } from '../domain/reference'
import { CaseLink, OptionalName, PartnerRef } from './meeting-refs'

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

export const actionContract = {
  'action:create': {
    input: z.object({
      /** Where it was agreed: the meeting, and if known the item and the decision. */
      meetingId: Id,
      agendaItemId: Id.nullable(),
      decisionId: Id.nullable(),
      values: ActionValues,
    }),
    output: ActionItem,
  },
  /** Answers the values before the change too, so the screen can undo it. */
  'action:update': {
    input: z.object({ id: Id, values: ActionValues }),
    output: z.object({ item: ActionItem, previous: ActionValues }),
  },
  'action:set-status': {
    input: z.object({
      id: Id,
      status: z.enum(actionStatuses, 'Kies open, gereed of vervallen.'),
      on: IsoDate.nullable(),
    }),
    output: z.object({
      item: ActionItem,
      previous: z.object({ status: z.enum(actionStatuses), statusChangedOn: z.string().nullable() }),
    }),
  },
  /** Only an action entered by mistake in minutes that are still concept. */
  'action:delete': { input: z.object({ id: Id }), output: z.object({ id: Id }) },
  'action:list': {
    input: ActionListQuery,
    output: z.object({ rows: z.array(ActionItem), total: z.number().int(), overdueTotal: z.number().int() }),
  },
} as const
