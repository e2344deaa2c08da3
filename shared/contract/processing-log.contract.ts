import { z } from 'zod'
import { Id } from '../domain/reference'
import { subjectKinds } from '../domain/subject'
import { dataChannel, noCaseData, processingActivityIds, type SubjectRef } from './processing'

/** Which entries the privacy officer looks at; every filter is optional and they combine. */
export const LogFilters = z
  .object({
    /** Start of the period, Unix milliseconds (the renderer turns a picked date into local midnight). */
    fromMs: z.number().int().min(0).nullable(),
    /** End of the period, exclusive, Unix milliseconds. */
    toMs: z.number().int().min(0).nullable(),
    /** A record id as in processing_log_record (a case, a decision, …). */
    recordId: z.string().trim().min(1).max(64).nullable(),
    subjectId: Id.nullable(),
    activityId: z.enum(processingActivityIds, 'Kies een verwerkingsactiviteit uit de lijst.').nullable(),
    /** The operation: a contract channel or a vault-side operation. */
    channel: z.string().trim().min(1).max(80).nullable(),
  })
  .refine((f) => f.fromMs === null || f.toMs === null || f.fromMs < f.toMs, {
    message: 'De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.',
    path: ['toMs'],
  })
export type LogFilters = z.output<typeof LogFilters>

/**
 * Where the next page starts: the last row's seq and start time. Pages are
 * newest first by seq; with a period filter by start time (then seq), so
 * the start-time index answers it without scanning the years after it.
 */
export const LogCursor = z.object({ seq: z.number().int().min(1), startTime: z.number().int().min(0) })
export type LogCursor = z.output<typeof LogCursor>

export const LogRow = z.object({
  seq: z.number().int(),
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().nullable(),
  name: z.string(),
  status: z.enum(['Unset', 'Ok', 'Error']),
  startTime: z.number().int(),
  endTime: z.number().int(),
  activityId: z.string(),
  /** The activity's name in its latest version in the register. */
  activityName: z.string().nullable(),
  dataSubjectId: z.string().nullable(),
  dataSubjectType: z.string().nullable(),
  /** The subject's current name; null when there is none (an object) or it was purged. */
  dataSubjectName: z.string().nullable(),
  records: z.array(z.object({ kind: z.string(), id: z.string() })),
  userId: z.string(),
  userName: z.string().nullable(),
  userRole: z.string().nullable(),
  purpose: z.string().nullable(),
})
export type LogRow = z.output<typeof LogRow>

export const LogPageRequest = z.object({
  filters: LogFilters,
  cursor: LogCursor.nullable(),
  limit: z.number().int().min(1).max(500),
})
export type LogPageRequest = z.output<typeof LogPageRequest>

/** The subject a subject filter read about, with its kind, so reading the log is declared against them. */
const FilteredSubject = z.object({ id: z.string(), type: z.enum(subjectKinds) }).nullable()

export const LogPage = z.object({
  rows: z.array(LogRow),
  subject: FilteredSubject,
  nextCursor: LogCursor.nullable(),
  /** Exact and cheap only without filters (the log is append-only: its highest seq is its size); else null. */
  total: z.number().int().nullable(),
})
export type LogPage = z.output<typeof LogPage>

export const logExportFormats = ['csv', 'json'] as const
export type LogExportFormat = (typeof logExportFormats)[number]

export const LogExportRequest = z.object({
  filters: LogFilters,
  format: z.enum(logExportFormats, 'Kies CSV of JSON.'),
  purpose: z
    .string('Geef het doel van deze export.')
    .trim()
    .min(1, 'Geef het doel van deze export.')
    .max(500, 'Beschrijf het doel in hoogstens 500 tekens.'),
})
export type LogExportRequest = z.output<typeof LogExportRequest>

export const LogExportResult = z.discriminatedUnion('saved', [
  /** The save dialog was closed: nothing written. */
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string(), count: z.number().int(), subject: FilteredSubject }),
])
export type LogExportResult = z.output<typeof LogExportResult>

export const LogOptions = z.object({
  activities: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The operations that occur in the log, sorted. */
  channels: z.array(z.string()),
  users: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
})
export type LogOptions = z.output<typeof LogOptions>

/**
 * Reading the log is itself a processing (toezicht). Filtered on one subject
 * it reads who processed that subject's data, so the subject is declared;
 * otherwise a page holds many subjects' ids as bare references and declaring
 * each would make every look at the log grow it by a page of entries.
 */
const subjectOf = (subject: SubjectRef | null): SubjectRef[] => (subject ? [subject] : [])

export const processingLogContract = {
  'processing-log:page': dataChannel({
    input: LogPageRequest,
    output: LogPage,
    processing: { activity: 'toezicht', subjects: (_input, output) => subjectOf(output.subject) },
  }),
  'processing-log:options': {
    input: z.object({}),
    output: LogOptions,
    processing: noCaseData('The register of activities, the operation names and the vault users: no case data.'),
  },
  /**
   * Asks where to save, then writes the filtered entries as CSV or as JSON in
   * the shape of Logboek Dataverwerkingen. Only the Electron main process can
   * (save dialog); the test harness answers it with a test folder.
   */
  'processing-log:export': dataChannel({
    input: LogExportRequest,
    output: LogExportResult,
    processing: {
      activity: 'toezicht',
      subjects: (_input, output) => (output.saved ? subjectOf(output.subject) : []),
      purpose: (input) => input.purpose,
    },
    electronOnly: true as const,
  }),
} as const
