import { z } from 'zod'
import { attendanceStatuses, attendeeKinds } from '../domain/attendance'
import { Id } from '../domain/reference'
import { OptionalName } from './meeting-refs'
import { noCaseData } from './processing'

const Status = z.enum(attendanceStatuses, 'Kies aanwezig, afwezig of afgemeld.').nullable()

const RequiredName = z
  .string('Vul de naam in.')
  .trim()
  .min(1, 'Vul de naam van de gast in.')
  .max(120, 'Gebruik hoogstens 120 tekens voor de naam.')

export const AttendeeValues = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('partner'), partnerId: Id, personName: OptionalName, status: Status }),
    z.object({
      kind: z.literal('gast'),
      personName: RequiredName,
      organisation: z
        .string('Vul de organisatie in.')
        .trim()
        .min(1, 'Vul de organisatie van de gast in.')
        .max(200, 'Gebruik hoogstens 200 tekens.'),
      status: Status,
    }),
  ],
  { error: 'Kies een partner of voeg een gast toe.' },
)
export type AttendeeValues = z.output<typeof AttendeeValues>

export const Attendee = z.object({
  id: Id,
  meetingId: Id,
  kind: z.enum(attendeeKinds),
  partner: z.object({ id: Id, name: z.string(), shortName: z.string() }).nullable(),
  personName: z.string().nullable(),
  organisation: z.string().nullable(),
  /** Null: not recorded yet. */
  status: z.enum(attendanceStatuses).nullable(),
  position: z.number().int(),
})
export type Attendee = z.output<typeof Attendee>

/** Who attends is about the partners' officials and guests, not about a case or its subjects. */
const attendance = noCaseData('The attendance list: partner officials and guests at a meeting; no case data.')

export const attendanceContract = {
  'attendance:list': {
    input: z.object({ meetingId: Id }),
    output: z.object({ rows: z.array(Attendee) }),
    processing: attendance,
  },
  'attendance:add': {
    input: z.object({ meetingId: Id, values: AttendeeValues }),
    output: Attendee,
    processing: attendance,
  },
  /** Invites partners from reference data that are not on the list yet; an empty list means all active convenant partners. */
  'attendance:invite-partners': {
    input: z.object({ meetingId: Id, partnerIds: z.array(Id).max(100) }),
    output: z.object({ rows: z.array(Attendee) }),
    processing: attendance,
  },
  'attendance:update': {
    input: z.object({ id: Id, values: AttendeeValues }),
    output: z.object({ attendee: Attendee, previous: AttendeeValues }),
    processing: attendance,
  },
  'attendance:set-status': {
    input: z.object({ id: Id, status: Status }),
    output: z.object({ attendee: Attendee, previous: z.enum(attendanceStatuses).nullable() }),
    processing: attendance,
  },
  /** Answers the removed values, so the screen can undo by adding them again. */
  'attendance:remove': {
    input: z.object({ id: Id }),
    output: z.object({ id: Id, removed: AttendeeValues }),
    processing: attendance,
  },
} as const
