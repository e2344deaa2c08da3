import { z } from 'zod'

/**
 * Reference data: the region's tables, districts, gemeenten, partners, themes
 * and phases. Regions differ, so everything here is editable in Instellingen;
 * records are archived, never deleted, because cases keep pointing at them.
 */
export const referenceKinds = ['table', 'district', 'gemeente', 'partner', 'theme', 'phase'] as const
export type ReferenceKind = (typeof referenceKinds)[number]

export const Id = z.string().min(1, 'Maak een keuze.').max(64)
const Name = z.string().trim().min(1, 'Vul een naam in.').max(120, 'Gebruik hoogstens 120 tekens.')
const Code = z
  .string()
  .trim()
  .min(1, 'Vul een code in.')
  .max(12, 'Gebruik hoogstens 12 tekens.')
  .regex(/^[A-Za-z0-9-]+$/u, 'Gebruik alleen letters, cijfers en streepjes.')

export const themeScopes = ['landelijk', 'regionaal', 'lokaal'] as const
export const phaseKinds = ['hoofd', 'zij'] as const

export const referenceFields = {
  table: z.object({ code: Code, name: Name, districtId: Id.nullable(), casePrefix: Code }),
  district: z.object({ code: Code, name: Name }),
  gemeente: z.object({ name: Name, districtId: Id.nullable() }),
  partner: z.object({
    name: Name,
    shortName: z.string().trim().min(1, 'Vul een korte naam in.').max(24, 'Gebruik hoogstens 24 tekens.'),
    convenant: z.boolean(),
  }),
  theme: z.object({ name: Name, scope: z.enum(themeScopes) }),
  // Phase codes drive the decision rules, so only the label and order are editable.
  phase: z.object({
    name: Name,
    sortOrder: z
      .number('Vul een volgnummer in.')
      .int('Vul een heel getal in.')
      .min(0, 'Kies 0 of hoger.')
      .max(999, 'Kies hoogstens 999.'),
  }),
} as const

const base = { id: Id, archived: z.boolean() }
export const referenceRows = {
  table: referenceFields.table.extend(base),
  district: referenceFields.district.extend(base),
  gemeente: referenceFields.gemeente.extend(base),
  partner: referenceFields.partner.extend(base),
  theme: referenceFields.theme.extend(base),
  phase: referenceFields.phase.extend({ ...base, code: z.string(), kind: z.enum(phaseKinds) }),
} as const

export type ReferenceRow<K extends ReferenceKind> = z.output<(typeof referenceRows)[K]>
export type ReferenceValues<K extends ReferenceKind> = z.output<(typeof referenceFields)[K]>

/** Kinds the user may add to or archive; phases are fixed by the decision rules. */
export const extensibleKinds: readonly ReferenceKind[] = ['table', 'district', 'gemeente', 'partner', 'theme']
