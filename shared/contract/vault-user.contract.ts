import { z } from 'zod'
import { noCaseData } from './processing'

/**
 * What a vault created before the owner was asked, or a log entry made before
 * the owner answered, points to. Written only when a user id is needed and no
 * owner exists, never as a guess at who the user is; the name cannot be typed.
 */
export const OWNER_NOT_GIVEN = 'Niet ingevuld'

const ownerText = (missing: string) =>
  z
    .string(missing)
    .trim()
    .min(1, missing)
    .max(120, 'Gebruik hoogstens 120 tekens.')
    .refine((text) => text !== OWNER_NOT_GIVEN, `Vul uw eigen gegevens in, niet "${OWNER_NOT_GIVEN}".`)

/** Asked at vault creation and editable in Instellingen; the log names who processed. */
export const VaultOwnerValues = z.object({
  ownerName: ownerText('Vul uw naam in.'),
  ownerRole: ownerText('Vul uw functie in, bijvoorbeeld "secretaris OMT".'),
})
export type VaultOwnerValues = z.output<typeof VaultOwnerValues>

export const VaultUser = z.object({ id: z.string(), name: z.string(), role: z.string(), createdAt: z.string() })
export type VaultUser = z.output<typeof VaultUser>

export const VaultOwner = z.object({
  /** The latest row: the one new log entries point to. Null: nobody was ever named and nothing was logged yet. */
  current: VaultUser.nullable(),
  /** True until the user named themselves: the app asks once after unlocking. */
  needsOwner: z.boolean(),
  /** Every row, newest first: old log entries keep the name they were made under. */
  history: z.array(VaultUser),
})
export type VaultOwner = z.output<typeof VaultOwner>

const WHY = 'Wie de kluis gebruikt: geen casusgegevens.'

export const vaultUserContract = {
  'vault-user:get': { input: z.object({}), output: VaultOwner, processing: noCaseData(WHY) },
  /** A change adds a row; older rows stay, since log entries point to them. */
  'vault-user:set': { input: VaultOwnerValues, output: VaultOwner, processing: noCaseData(WHY) },
} as const
