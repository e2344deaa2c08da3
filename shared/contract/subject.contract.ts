import { z } from 'zod'
import { IsoDate, todayIso } from '../domain/iso-date'
import { Id } from '../domain/reference'
import { isValidKvk, KVK_MESSAGE, normalizeKvk, objectKinds, subjectKinds } from '../domain/subject'
import { dataChannel, record } from './processing'
import { distinctRecords, subjectRef } from './processing-refs'

const Name = z
  .string('Vul de naam in.')
  .trim()
  .min(1, 'Vul de naam in.')
  .max(200, 'Gebruik hoogstens 200 tekens voor de naam.')

const BirthDate = IsoDate.refine(
  (date) => date <= todayIso(),
  'De geboortedatum ligt in de toekomst. Controleer de datum, vooral het jaartal.',
).refine((date) => date >= '1900-01-01', 'Vul een geboortedatum vanaf 1900 in. Controleer het jaartal.')

const Kvk = z.string(KVK_MESSAGE).transform(normalizeKvk).refine(isValidKvk, KVK_MESSAGE)

export const PersonValues = z.object({
  kind: z.literal('persoon'),
  name: Name,
  /** Unknown at signal time happens; a suggestion then matches on the name alone. */
  birthDate: BirthDate.nullable(),
})

export const LegalEntityValues = z.object({
  kind: z.literal('rechtspersoon'),
  name: Name,
  /** Null for a foreign entity or one not (yet) traced in the Handelsregister. */
  kvk: Kvk.nullable(),
})

export const ObjectValues = z.object({
  kind: z.literal('object'),
  objectKind: z.enum(objectKinds, 'Kies het soort object: adres, pand, voertuig, vaartuig of overig.'),
  description: z
    .string('Beschrijf het object, bijvoorbeeld met adres, kenteken of scheepsnaam.')
    .trim()
    .min(1, 'Beschrijf het object, bijvoorbeeld met adres, kenteken of scheepsnaam.')
    .max(1000, 'Gebruik hoogstens 1.000 tekens voor de omschrijving.'),
})

export const SubjectValues = z.discriminatedUnion('kind', [PersonValues, LegalEntityValues, ObjectValues], {
  error: 'Kies of het om een persoon, een rechtspersoon of een object gaat.',
})
export type SubjectValues = z.output<typeof SubjectValues>

/** One flat row for every kind, so lists and tables need no union handling. */
export const SubjectSummary = z.object({
  id: Id,
  kind: z.enum(subjectKinds),
  /** The name, or for an object its description. */
  title: z.string(),
  name: z.string().nullable(),
  birthDate: z.string().nullable(),
  kvk: z.string().nullable(),
  objectKind: z.enum(objectKinds).nullable(),
  description: z.string().nullable(),
})
export type SubjectSummary = z.output<typeof SubjectSummary>

/**
 * One period in which a subject or object was part of a case. A decision opens
 * and closes it; `pendingDecision` marks one entered from the case page that no
 * decision has confirmed yet (see db/subjects/involvement.queries.ts).
 */
export const Involvement = z.object({
  id: Id,
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  openedByDecisionId: Id.nullable(),
  closedByDecisionId: Id.nullable(),
  pendingDecision: z.boolean(),
})
export type Involvement = z.output<typeof Involvement>

export const PhaseRef = z.object({ id: Id, code: z.string(), name: z.string() })
export type PhaseRef = z.output<typeof PhaseRef>

export const CaseRef = z.object({
  id: Id,
  code: z.string(),
  alias: z.string(),
  tableCode: z.string(),
  phase: PhaseRef,
})
export type CaseRef = z.output<typeof CaseRef>

export const suggestionReasons = ['kvk', 'naam-en-geboortedatum', 'naam', 'omschrijving'] as const

const SubjectSuggestion = z.object({
  subject: SubjectSummary,
  reason: z.enum(suggestionReasons),
  caseCount: z.number().int(),
})

export const SubjectPage = z.object({
  subject: SubjectSummary,
  cases: z.array(z.object({ case: CaseRef, involved: z.boolean(), involvements: z.array(Involvement) })),
})
export type SubjectPage = z.output<typeof SubjectPage>

const caseRegister = { activity: 'casusregistratie' } as const
/** A subject's own record, and the subject as data subject: every subject channel names both. */
const asRecord = (subject: SubjectSummary) => [record('betrokkene', subject.id)]
const asSubject = (subject: SubjectSummary) => [subjectRef(subject.id, subject.kind)]

export const subjectContract = {
  /** Existing subjects the user probably means, before a duplicate is made. */
  'subject:suggest': dataChannel({
    input: z.object({ values: SubjectValues, excludeId: Id.nullable() }),
    output: z.object({ matches: z.array(SubjectSuggestion) }),
    processing: {
      ...caseRegister,
      records: (_input, output) => output.matches.flatMap((match) => asRecord(match.subject)),
      subjects: (_input, output) => output.matches.flatMap((match) => asSubject(match.subject)),
    },
  }),
  'subject:create': dataChannel({
    input: z.object({ values: SubjectValues }),
    output: SubjectSummary,
    processing: {
      ...caseRegister,
      records: (_input, output) => asRecord(output),
      subjects: (_input, output) => asSubject(output),
    },
  }),
  'subject:update': dataChannel({
    input: z.object({ id: Id, values: SubjectValues }),
    output: SubjectSummary,
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('betrokkene', input.id)],
      records: (_input, output) => asRecord(output),
      subjects: (_input, output) => asSubject(output),
    },
  }),
  'subject:get': dataChannel({
    input: z.object({ id: Id }),
    output: SubjectPage,
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('betrokkene', input.id)],
      records: (_input, output) =>
        distinctRecords([
          ...asRecord(output.subject),
          ...output.cases.flatMap((entry) => [
            record('casus', entry.case.id),
            ...entry.involvements.map((involvement) => record('betrokkenheid', involvement.id)),
          ]),
        ]),
      subjects: (_input, output) => asSubject(output.subject),
    },
  }),
} as const
