import { z } from 'zod'
import { Id } from '../domain/reference'

/** Small references the meeting contracts share, so a renamed field breaks every use at once. */
export const TableRef = z.object({ id: Id, code: z.string(), name: z.string() })
export const PartnerRef = z.object({ id: Id, shortName: z.string() })
export const CaseLink = z.object({ id: Id, code: z.string(), alias: z.string() })
export const DecisionRef = z.object({ id: Id, code: z.string() })

/** A name typed in a form: trimmed, and empty means none. */
export const OptionalName = z
  .string('Vul een naam in of laat het veld leeg.')
  .trim()
  .max(120, 'Gebruik hoogstens 120 tekens voor de naam.')
  .nullable()
  .transform((name) => (name ? name : null))
