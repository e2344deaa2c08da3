import { z } from 'zod'
import {
  interventionKindLabels,
  interventionKinds,
  interventionStatuses,
  isSubtypeOf,
  allInterventionSubtypes,
} from '../domain/intervention'
import { IsoDate } from '../domain/iso-date'
import { Id } from '../domain/reference'
import { subjectKinds } from '../domain/subject'
import { dataChannel, record } from './processing'
import { subjectRef } from './processing-refs'

const InterventionFields = z.object({
  partnerId: Id,
  kind: z.enum(
    interventionKinds,
    'Kies het soort interventie: bestuursrechtelijk, strafrechtelijk, fiscaal of financieel.',
  ),
  subtype: z.enum(allInterventionSubtypes, 'Kies een interventie uit de lijst.'),
  status: z.enum(interventionStatuses, 'Kies een status: gepland, lopend, afgerond of ingetrokken.'),
  startedOn: IsoDate.nullable(),
  endedOn: IsoDate.nullable(),
  result: z.string().trim().max(10_000, 'Gebruik hoogstens 10.000 tekens voor het resultaat.'),
  /** Euro cents: no rounding errors in totals. Null where no amount applies. */
  amountCents: z
    .number('Vul een bedrag in euro in.')
    .int('Vul een bedrag in hele centen in.')
    .min(0, 'Een bedrag kan niet negatief zijn.')
    .max(1e13, 'Dit bedrag is onwaarschijnlijk hoog. Controleer het aantal nullen.')
    .nullable(),
  /** The subject or object the measure is aimed at, if any; it must be part of the case. */
  subjectId: Id.nullable(),
})

function checkFields(values: z.output<typeof InterventionFields>, ctx: z.RefinementCtx): void {
  if (!isSubtypeOf(values.kind, values.subtype)) {
    ctx.addIssue({
      code: 'custom',
      path: ['subtype'],
      message: `Deze interventie hoort niet bij ‘${interventionKindLabels[values.kind]}’. Kies een interventie uit de lijst bij dit soort.`,
    })
  }
  if (values.startedOn && values.endedOn && values.endedOn < values.startedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['endedOn'],
      message: 'De einddatum ligt vóór de begindatum. Controleer beide datums.',
    })
  }
}

export const InterventionValues = InterventionFields.superRefine(checkFields)
export type InterventionValues = z.output<typeof InterventionValues>

export const Intervention = z.object({
  id: Id,
  caseId: Id,
  partner: z.object({ id: Id, shortName: z.string() }),
  kind: z.enum(interventionKinds),
  subtype: z.string(),
  subtypeLabel: z.string(),
  status: z.enum(interventionStatuses),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  result: z.string(),
  amountCents: z.number().int().nullable(),
  subject: z.object({ id: Id, kind: z.enum(subjectKinds), title: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Intervention = z.output<typeof Intervention>

/** What a deleted intervention concerned: its case and target, so the processing log can name them. */
export const InterventionDeleted = z.object({
  id: Id,
  caseId: Id,
  subject: z.object({ id: Id, kind: z.enum(subjectKinds) }).nullable(),
})
export type InterventionDeleted = z.output<typeof InterventionDeleted>

const caseRegister = { activity: 'casusregistratie' } as const
const recordsOf = (intervention: { id: string; caseId: string; subject: { id: string } | null }) => [
  record('interventie', intervention.id),
  record('casus', intervention.caseId),
  ...(intervention.subject ? [record('betrokkene', intervention.subject.id)] : []),
]
const subjectsOf = (intervention: { subject: { id: string; kind: (typeof subjectKinds)[number] } | null }) =>
  intervention.subject ? [subjectRef(intervention.subject.id, intervention.subject.kind)] : []

export const interventionContract = {
  'intervention:create': dataChannel({
    input: z.object({ caseId: Id, values: InterventionValues }),
    output: Intervention,
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('casus', input.caseId)],
      records: (_input, output) => recordsOf(output),
      subjects: (_input, output) => subjectsOf(output),
    },
  }),
  'intervention:update': dataChannel({
    input: z.object({ id: Id, values: InterventionValues }),
    output: Intervention,
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('interventie', input.id)],
      records: (_input, output) => recordsOf(output),
      subjects: (_input, output) => subjectsOf(output),
    },
  }),
  'intervention:delete': dataChannel({
    input: z.object({ id: Id }),
    output: InterventionDeleted,
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('interventie', input.id)],
      records: (_input, output) => recordsOf(output),
      subjects: (_input, output) => subjectsOf(output),
    },
  }),
} as const
