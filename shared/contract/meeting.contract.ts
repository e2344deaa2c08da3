import { z } from 'zod'
import { agendaItemTypes, MAX_DURATION_MINUTES } from '../domain/agenda'
import { IsoDate } from '../domain/iso-date'
import { meetingStatuses, Time } from '../domain/meeting'
import { exportDocuments, exportFormats, exportVariants } from '../domain/minutes-export'
import { Id } from '../domain/reference'
import { ActionItem } from './action.contract'
import { AgendaItem } from './agenda.contract'
import { Attendee } from './attendance.contract'
import { DecisionRef, OptionalName, TableRef } from './meeting-refs'
import { dataChannel, noCaseData, record } from './processing'
import { recordsOfMeeting, subjectsOfMeeting } from './processing-refs'

export const MeetingValues = z.object({
  date: IsoDate,
  startTime: Time,
  location: z
    .string('Vul een locatie in of laat het veld leeg.')
    .trim()
    .max(200, 'Gebruik hoogstens 200 tekens voor de locatie.'),
  chair: OptionalName,
  secretary: OptionalName,
  /** Put before every item number, e.g. "A" gives A1, A2.1; empty for none. */
  numberPrefix: z
    .string('Vul een voorvoegsel in of laat het veld leeg.')
    .trim()
    .max(8, 'Gebruik hoogstens 8 tekens voor het voorvoegsel.')
    .regex(/^[\p{L}\p{N}.\-/ ]*$/u, 'Gebruik letters, cijfers, punten, streepjes of schuine strepen.'),
})
export type MeetingValues = z.output<typeof MeetingValues>

export const meetingSources = ['sjabloon', 'vorige', 'leeg'] as const

export const MeetingSummary = z.object({
  id: Id,
  table: TableRef,
  date: z.string(),
  startTime: z.string(),
  location: z.string(),
  chair: z.string().nullable(),
  secretary: z.string().nullable(),
  numberPrefix: z.string(),
  status: z.enum(meetingStatuses),
  minutesStatus: z.enum(['concept', 'vastgesteld']),
  minutesAdoptedOn: z.string().nullable(),
  /** Null when adopted by the manual step, or not adopted. */
  minutesAdoptedBy: DecisionRef.nullable(),
  itemCount: z.number().int(),
  decisionCount: z.number().int(),
  plannedEnd: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type MeetingSummary = z.output<typeof MeetingSummary>

export const Erratum = z.object({
  id: Id,
  meetingId: Id,
  seq: z.number().int(),
  text: z.string(),
  date: z.string(),
  createdAt: z.string(),
})
export type Erratum = z.output<typeof Erratum>

export const MeetingDetail = MeetingSummary.extend({
  /** In reading order: 1, 2, 2.1, 2.2, 3 … */
  items: z.array(AgendaItem),
  attendance: z.array(Attendee),
  /** Open actions of the table agreed in earlier meetings (carried over), and every action agreed in this one. */
  actionList: z.array(ActionItem.extend({ carriedOver: z.boolean() })),
  errata: z.array(Erratum),
  previousMeeting: z.object({ id: Id, date: z.string(), status: z.enum(meetingStatuses) }).nullable(),
})
export type MeetingDetail = z.output<typeof MeetingDetail>

export const ExportRecord = z.object({
  id: Id,
  meetingId: Id.nullable(),
  document: z.enum(exportDocuments),
  variant: z.enum(exportVariants),
  format: z.enum(exportFormats),
  fileName: z.string(),
  /** Whether the minutes were still concept when this left the laptop. */
  minutesStatus: z.enum(['concept', 'vastgesteld']),
  exportedAt: z.string(),
})
export type ExportRecord = z.output<typeof ExportRecord>

export const TemplateItemValues = z.object({
  title: z
    .string('Vul een titel in.')
    .trim()
    .min(1, 'Vul een titel in.')
    .max(300, 'Gebruik hoogstens 300 tekens voor de titel.'),
  type: z.enum(agendaItemTypes, 'Kies het soort agendapunt.'),
  durationMinutes: z
    .number('Vul een duur in minuten in.')
    .int('Vul een heel aantal minuten in.')
    .min(0, 'Een duur kan niet negatief zijn.')
    .max(MAX_DURATION_MINUTES, 'Kies hoogstens 600 minuten.'),
  confidential: z.boolean(),
})
const Template = z.object({
  items: z
    .array(TemplateItemValues)
    .min(1, 'Een sjabloon heeft minstens één agendapunt.')
    .max(60, 'Gebruik hoogstens 60 agendapunten.'),
})

const preparing = { activity: 'voorbereiden-omt' } as const
const meeting = (id: string) => [record('vergadering', id)]
/** The minutes are the meeting's: one record for the meeting, one for its minutes. */
const minutes = (id: string) => [record('vergadering', id), record('verslag', id)]
const meetingPage = {
  ...preparing,
  records: (_input: unknown, output: MeetingDetail) => recordsOfMeeting(output),
  subjects: (_input: unknown, output: MeetingDetail) => subjectsOfMeeting(output),
}
/** Which meetings there are and when: no agenda item, case or decision is in the answer. */
const meetingDates = noCaseData('Meeting dates, times, places and counts of items; no agenda item, case or decision.')
const template = noCaseData('The default agenda new meetings start from: titles and durations, never linked to a case.')

export const meetingContract = {
  /** A new meeting, with the default agenda, a copy of the table's previous one, or empty; held-over items and open actions come along. */
  'meeting:create': dataChannel({
    input: z.object({
      tableId: Id,
      values: MeetingValues,
      source: z.enum(meetingSources, 'Kies sjabloon, vorige vergadering of leeg.'),
    }),
    output: MeetingDetail,
    processing: meetingPage,
  }),
  'meeting:get': dataChannel({
    input: z.object({ id: Id }),
    output: MeetingDetail,
    processing: { ...meetingPage, inputRecords: (input) => meeting(input.id) },
  }),
  /** One table's meetings, newest first. */
  'meeting:list': {
    input: z.object({ tableId: Id }),
    output: z.object({ rows: z.array(MeetingSummary) }),
    processing: meetingDates,
  },
  /** Coming meetings of every table from a date on (null: today), soonest first. */
  'meeting:upcoming': {
    input: z.object({ from: IsoDate.nullable(), limit: z.number().int().min(1).max(200) }),
    output: z.object({ rows: z.array(MeetingSummary) }),
    processing: meetingDates,
  },
  'meeting:update': dataChannel({
    input: z.object({ id: Id, values: MeetingValues }),
    output: z.object({ meeting: MeetingSummary, previous: MeetingValues }),
    processing: {
      ...preparing,
      inputRecords: (input) => meeting(input.id),
      records: (_input, output) => meeting(output.meeting.id),
    },
  }),
  'meeting:set-status': dataChannel({
    input: z.object({ id: Id, status: z.enum(meetingStatuses, 'Kies een status.') }),
    output: z.object({ meeting: MeetingSummary, previous: z.enum(meetingStatuses) }),
    processing: {
      ...preparing,
      inputRecords: (input) => meeting(input.id),
      records: (_input, output) => meeting(output.meeting.id),
    },
  }),
  /** The manual "verslag vaststellen", besides the decision type: confirmed, dated, final. */
  'meeting:adopt-minutes': dataChannel({
    input: z.object({
      id: Id,
      adoptedOn: IsoDate,
      confirm: z.literal(
        true,
        'Bevestig dat het verslag wordt vastgesteld; daarna kan het niet meer worden gewijzigd.',
      ),
    }),
    output: MeetingSummary,
    processing: {
      ...preparing,
      inputRecords: (input) => minutes(input.id),
      records: (_input, output) => minutes(output.id),
    },
  }),
  /** Only a meeting without decisions, before its minutes exist. */
  'meeting:delete': dataChannel({
    input: z.object({ id: Id }),
    output: z.object({ id: Id }),
    processing: {
      ...preparing,
      inputRecords: (input) => meeting(input.id),
      records: (_input, output) => meeting(output.id),
    },
  }),
  /** A change to adopted minutes: kept and printed with them. */
  'meeting:add-erratum': dataChannel({
    input: z.object({
      meetingId: Id,
      values: z.object({
        text: z
          .string('Beschrijf de correctie.')
          .trim()
          .min(1, 'Beschrijf de correctie op het verslag.')
          .max(10_000, 'Gebruik hoogstens 10.000 tekens.'),
        date: IsoDate,
      }),
    }),
    output: Erratum,
    processing: {
      ...preparing,
      inputRecords: (input) => minutes(input.meetingId),
      records: (_input, output) => minutes(output.meetingId),
    },
  }),
  /** What left the laptop. Written only by `export:save` in main, never by a request of its own. */
  'meeting:exports': {
    input: z.object({ meetingId: Id }),
    output: z.object({ rows: z.array(ExportRecord) }),
    processing: noCaseData(
      'The list of exports of a meeting: document, variant, format, file name and time; no contents.',
    ),
  },
  /** The agenda new meetings start from; the default of domain.md until the secretary changes it. */
  'meeting:template-get': {
    input: z.object({}),
    output: Template.extend({ isDefault: z.boolean() }),
    processing: template,
  },
  'meeting:template-set': {
    input: z.object({ items: Template.shape.items.nullable() }),
    output: Template.extend({ isDefault: z.boolean() }),
    processing: template,
  },
} as const
