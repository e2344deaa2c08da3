import { z } from 'zod'
import { ENFORCEMENT_ISSUE_NAME_MAX, enforcementIssueStages } from '../domain/enforcement-issue'
import { dutchDate, IsoDate, todayIso } from '../domain/iso-date'
import { Id } from '../domain/reference'
import { noCaseData } from './processing'

const Name = z
  .string('Vul een naam in.')
  .trim()
  .min(1, 'Vul de naam van het knelpunt in, bijvoorbeeld ‘Bedrijventerreinen’ of ‘Vakantieparken’.')
  .max(ENFORCEMENT_ISSUE_NAME_MAX, 'Gebruik hoogstens 120 tekens voor de naam.')

const PastDate = IsoDate.refine(
  (date) => date <= todayIso(),
  'Deze datum ligt in de toekomst. Kies vandaag of een eerdere datum.',
)

/**
 * A handhavingsknelpunt as the secretary records it. Its dates follow each
 * other: designated, then the plan of approach adopted, then finished; a
 * later date may be left empty until it happens.
 */
export const EnforcementIssueValues = z
  .object({
    /** Null: a regional HHK, designated for the whole region. */
    districtId: Id.nullable(),
    name: Name,
    designatedOn: PastDate,
    planAdoptedOn: PastDate.nullable(),
    finishedOn: PastDate.nullable(),
  })
  .superRefine((values, ctx) => {
    if (values.planAdoptedOn !== null && values.planAdoptedOn < values.designatedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['planAdoptedOn'],
        message: `Het plan van aanpak kan niet vóór de aanwijzing (${dutchDate(values.designatedOn)}) zijn vastgesteld.`,
      })
    if (values.finishedOn !== null && values.planAdoptedOn === null)
      ctx.addIssue({
        code: 'custom',
        path: ['finishedOn'],
        message: 'Een knelpunt is pas afgerond als het plan van aanpak is vastgesteld. Vul eerst die datum in.',
      })
    else if (values.finishedOn !== null && values.planAdoptedOn !== null && values.finishedOn < values.planAdoptedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['finishedOn'],
        message: `Het knelpunt kan niet vóór het plan van aanpak (${dutchDate(values.planAdoptedOn)}) zijn afgerond.`,
      })
  })
export type EnforcementIssueValues = z.output<typeof EnforcementIssueValues>

export const EnforcementIssue = z.object({
  id: Id,
  district: z.object({ id: Id, code: z.string(), name: z.string() }).nullable(),
  name: z.string(),
  designatedOn: z.string(),
  planAdoptedOn: z.string().nullable(),
  finishedOn: z.string().nullable(),
  /** Read from the dates, today. */
  stage: z.enum(enforcementIssueStages),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type EnforcementIssue = z.output<typeof EnforcementIssue>

const hhk = noCaseData('Handhavingsknelpunten: areas or sectors a district designated, never a case or a person.')

export const enforcementIssueContract = {
  /** Every HHK: regional ones first, then by district code, each by designation date. */
  'enforcement-issue:list': {
    input: z.object({}),
    output: z.object({ rows: z.array(EnforcementIssue) }),
    processing: hhk,
  },
  'enforcement-issue:create': { input: EnforcementIssueValues, output: EnforcementIssue, processing: hhk },
  'enforcement-issue:update': {
    input: z.object({ id: Id, values: EnforcementIssueValues }),
    output: EnforcementIssue,
    processing: hhk,
  },
  /** An HHK recorded by mistake: it is gone, and the district report no longer counts it. */
  'enforcement-issue:delete': { input: z.object({ id: Id }), output: z.object({ id: Id }), processing: hhk },
} as const
