import { z } from 'zod'
import { Id } from '../domain/reference'
import { subjectKinds } from '../domain/subject'
import { dataChannel, record } from './processing'
import { PhaseRef } from './subject.contract'

/** Within this many days a retention date counts as expiring soon. */
export const RETENTION_WARNING_DAYS = 90

export const RetentionRow = z.object({
  caseId: Id,
  code: z.string(),
  alias: z.string(),
  phase: PhaseRef,
  retentionUntil: z.string(),
  extensions: z.number().int(),
  state: z.enum(['verlopen', 'binnenkort']),
})
export type RetentionRow = z.output<typeof RetentionRow>

/** One recorded extension: a valid `bewaartermijn-verlengen` decision of the case. */
export const RetentionExtension = z.object({
  decisionId: Id,
  code: z.string(),
  decidedOn: z.string(),
  from: z.string(),
  to: z.string(),
})
export type RetentionExtension = z.output<typeof RetentionExtension>

/** A subject's name found in a free-text field of the case, with the text around it. */
export const NameOccurrence = z.object({
  key: z.string(),
  /** "Besluit OMT-D 2025-031, tekst": where the user finds it. */
  place: z.string(),
  name: z.string(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
  /** The field's text goes on before `before` / after `after`: the review shows an ellipsis only there. */
  cutBefore: z.boolean(),
  cutAfter: z.boolean(),
})
export type NameOccurrence = z.output<typeof NameOccurrence>

export const PurgePreview = z.object({
  caseId: Id,
  code: z.string(),
  alias: z.string(),
  retentionUntil: z.string(),
  /** Null when the purge may run; else the Dutch reason it may not. */
  refusal: z.string().nullable(),
  /** Subjects and objects in no other case: deleted. */
  subjects: z.array(z.object({ id: Id, kind: z.enum(subjectKinds), title: z.string() })),
  /** Subjects kept because another case still holds them; only their part in this case goes. */
  keptSubjects: z.number().int(),
  involvements: z.number().int(),
  attachments: z.array(z.object({ id: Id, fileName: z.string() })),
  interventions: z.number().int(),
  occurrences: z.array(NameOccurrence),
  /** A digest of everything above: the purge refuses when the case changed since. */
  fingerprint: z.string(),
})
export type PurgePreview = z.output<typeof PurgePreview>

export const PurgeCounts = z.object({
  subjects: z.number().int(),
  involvements: z.number().int(),
  attachments: z.number().int(),
  interventions: z.number().int(),
  replacedNames: z.number().int(),
})
export type PurgeCounts = z.output<typeof PurgeCounts>

export const PurgeInput = z.object({
  caseId: Id,
  fingerprint: z.string().min(1).max(128),
  /** The occurrences the user confirmed: each is replaced by "[naam verwijderd]". */
  confirmed: z.array(z.string().max(300)).max(10_000),
})

const caseRecord = (input: { caseId: string }) => [record('casus', input.caseId)]

export const retentionContract = {
  'retention:overview': dataChannel({
    input: z.object({}),
    output: z.object({ today: z.string(), rows: z.array(RetentionRow) }),
    processing: {
      activity: 'bewaartermijn',
      records: (_input, output) => output.rows.map((row) => record('casus', row.caseId)),
    },
  }),
  'retention:extensions': dataChannel({
    input: z.object({ caseId: Id }),
    output: z.object({ rows: z.array(RetentionExtension) }),
    processing: {
      activity: 'bewaartermijn',
      inputRecords: caseRecord,
      records: (input, output) => [
        record('casus', input.caseId),
        ...output.rows.map((row) => record('besluit', row.decisionId)),
      ],
    },
  }),
  'retention:purge-preview': dataChannel({
    input: z.object({ caseId: Id }),
    output: PurgePreview,
    processing: {
      activity: 'bewaartermijn',
      inputRecords: caseRecord,
      records: (input) => caseRecord(input),
      subjects: (_input, output) => output.subjects.map((subject) => ({ id: subject.id, type: subject.kind })),
    },
  }),
  'retention:purge': dataChannel({
    input: PurgeInput,
    output: z.object({
      caseId: Id,
      code: z.string(),
      counts: PurgeCounts,
      subjects: z.array(z.object({ id: Id, kind: z.enum(subjectKinds) })),
      /** The WAL was folded in and emptied at once; if not (a reader was busy), it happens at the next lock. */
      walCleared: z.boolean(),
    }),
    processing: {
      activity: 'bewaartermijn',
      inputRecords: caseRecord,
      records: (input) => caseRecord(input),
      subjects: (_input, output) => output.subjects.map((subject) => ({ id: subject.id, type: subject.kind })),
    },
  }),
} as const
