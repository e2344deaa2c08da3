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
  subject: z.object({ id: Id, title: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Intervention = z.output<typeof Intervention>

export const interventionContract = {
  'intervention:create': { input: z.object({ caseId: Id, values: InterventionValues }), output: Intervention },
  'intervention:update': { input: z.object({ id: Id, values: InterventionValues }), output: Intervention },
  'intervention:delete': { input: z.object({ id: Id }), output: z.object({ id: Id }) },
} as const
